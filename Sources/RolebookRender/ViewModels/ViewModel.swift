import Mustache

/// A struct a template renders. It answers every one of its stored properties by name, nil ones
/// included: swift-mustache climbs the context stack for a name the innermost model does not
/// answer, so a missing answer prints an enclosing model's field of that name instead (a person
/// without a title showed the report's title as their job title). The conformances are generated
/// by Scripts/generate-mustache-lookups.py into ViewModels+MustacheParent.swift.
package protocol ViewModel: MustacheParent, Sendable {
    /// Every stored property and its type, in declaration order: what a template may name in a
    /// section over this model (checked by `TemplateNames`).
    static var fields: KeyValuePairs<String, Any.Type> { get }
}

/// What all view models share.
package enum ViewModels {}

/// What a nil optional field answers: a value, so the lookup stops here instead of climbing to a
/// parent, that swift-mustache then treats exactly as nil (its representation): empty text, a
/// section that is skipped, an inverted section that is shown.
struct Absent: MustacheCustomRepresentation {
    var representation: Any? { nil }
}

extension ViewModel {
    /// An optional field's answer: its value, or `Absent` when nil.
    func answer<Value>(_ value: Value?) -> Any {
        if let value { value } else { Absent() }
    }
}
