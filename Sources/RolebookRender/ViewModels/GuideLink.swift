/// A guide in a list.
package struct GuideLink: Sendable {
    package var link: Link
    package var summary: String?
    package var isProcedure: Bool
}
