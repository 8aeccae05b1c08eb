/// One contract in a list.
public struct ContractRow: Sendable {
    public var link: Link
    public var vendor: String
    public var roleSet: String
    public var products: String
    public var ends: String
    public var nearRenewal: Bool
}
