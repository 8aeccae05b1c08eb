import Foundation
import Yams

/// Reads JSON with Foundation's parser (about four times faster than the YAML composer on this
/// machine) into the same node tree the readers walk. The tree has no positions, so a file that
/// produces any diagnostic is read again through the YAML composer to report exact ones.
enum JSONNodeBuilder {
    static func node(from text: String) -> Node? {
        guard let data = text.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return nil }
        return node(for: object)
    }

    private static func node(for object: Any) -> Node {
        switch object {
        case let dictionary as [String: Any]:
            // Sorted keys: JSONSerialization's dictionary order is not the file's, and unknown-key
            // reports must come out in a stable order.
            return .mapping(
                Node.Mapping(dictionary.keys.sorted().map { (Node.scalar(.init($0)), node(for: dictionary[$0]!)) }))
        case let array as [Any]:
            return .sequence(Node.Sequence(array.map(node(for:))))
        case let string as String:
            // Quoted, so that a JSON string "null" or "" stays a string and is never read as null.
            return .scalar(.init(string, .implicit, .doubleQuoted))
        case let number as NSNumber:
            // Foundation gives JSON's true and false as char-typed numbers, integers as "i" or "q".
            if String(cString: number.objCType) == "c" { return .scalar(.init(number.boolValue ? "true" : "false")) }
            return .scalar(.init(number.stringValue))
        default:
            return .scalar(.init("null"))
        }
    }
}
