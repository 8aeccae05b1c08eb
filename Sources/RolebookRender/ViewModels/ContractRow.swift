/// One contract in a list.
package struct ContractRow: Sendable {
    package var link: Link
    package var vendor: String
    package var roleSet: String
    package var products: String
    package var ends: String
    package var nearRenewal: Bool
}
