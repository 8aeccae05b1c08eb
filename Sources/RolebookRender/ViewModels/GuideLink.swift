/// A guide in a list.
public struct GuideLink: Sendable {
    public var link: Link
    public var summary: String?
    public var isProcedure: Bool
}
