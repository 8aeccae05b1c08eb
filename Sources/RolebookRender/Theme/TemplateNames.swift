import RolebookCore

/// Checks that every name a theme's templates use is answered by the view model in scope.
///
/// swift-mustache looks a name up in the innermost context and, when that context does not answer,
/// in each enclosing one: a misspelt or removed field does not render empty, it renders a parent's
/// field of the same name (a page title as a person's job title). So every variable and section
/// must name a field of the innermost view model, except `ViewModels.inheritedNames`, which come
/// from an enclosing model on purpose; and every partial must be a template of the theme. Each
/// template is checked from the model `TemplateModels` says it is drawn with, each partial where
/// it is included, each section with the model its field holds.
package enum TemplateNames {
    /// Every unknown name and partial, located at its tag, once even when a partial is included
    /// in many places.
    package static func problems(in templates: [String: (text: String, path: String)]) -> [Diagnostic] {
        var checker = Checker(templates: templates)
        for (name, use) in TemplateModels.uses.sorted(by: { $0.key < $1.key }) {
            guard case .drawn(let model) = use, templates[name] != nil else { continue }
            checker.check(template: name, stack: [model])
        }
        var seen: Set<Diagnostic> = []
        return checker.problems.filter { seen.insert($0).inserted }
            .sorted { ($0.location!, $0.message) < ($1.location!, $1.message) }
    }

    /// A template's tags, as a tree of sections.
    indirect enum Node {
        case name(String, SourceLocation)
        case section(String, SourceLocation, inverted: Bool, [Node])
        case partial(String, SourceLocation)
    }

    /// The tags of a template. Tolerant: a template that does not parse is reported by the renderer.
    static func parse(_ text: String, path: String) -> [Node] {
        // Open sections by sigil: `#` and `^` look their name up; a block (`$`) or a parent's
        // overrides (`<`) render in the context around them, so their tags join the enclosing ones.
        var open: [(name: String, location: SourceLocation, sigil: Character, nodes: [Node])] = [
            ("", SourceLocation(path: path), "$", [])
        ]
        func add(_ node: Node) { open[open.count - 1].nodes.append(node) }
        func close() {
            let section = open.removeLast()
            if section.sigil == "#" || section.sigil == "^" {
                add(.section(section.name, section.location, inverted: section.sigil == "^", section.nodes))
            } else {
                section.nodes.forEach(add)
            }
        }
        for mustacheTag in MustacheTag.scan(text, path: path) {
            let (location, triple, tag) = (mustacheTag.location, mustacheTag.isTriple, mustacheTag.body)
            let sigil: Character = triple ? "&" : tag.first ?? " "
            let name = triple ? tag : String(tag.dropFirst()).trimmingCharacters(in: .whitespaces)
            switch sigil {
            case "#", "^", "$":
                open.append((name, location, sigil, []))
            case "<":
                // A parent template renders in this context, like a partial.
                add(.partial(name, location))
                open.append((name, location, sigil, []))
            case "/":
                guard open.count > 1, open[open.count - 1].name == name else { continue }
                close()
            case ">":
                add(.partial(name, location))
            case "&":
                add(.name(name, location))
            case "!", "%", "=":
                continue  // comments, pragmas; changed delimiters are refused by TemplateSafety
            default:
                add(.name(tag, location))
            }
        }
        while open.count > 1 { close() }
        return open[0].nodes
    }

    struct Checker {
        let templates: [String: (text: String, path: String)]
        var parsed: [String: [Node]] = [:]
        /// Templates already checked (or being checked), with the stack of models they were checked in.
        var checked: Set<[String]> = []
        var problems: [Diagnostic] = []

        init(templates: [String: (text: String, path: String)]) { self.templates = templates }

        mutating func check(template name: String, stack: [any ViewModel.Type]) {
            guard let template = templates[name] else { return }
            // A partial included in many places, or in itself, is checked once per stack of models.
            guard checked.insert([name] + stack.map { String(reflecting: $0) }).inserted else { return }
            let nodes = parsed[name] ?? TemplateNames.parse(template.text, path: template.path)
            parsed[name] = nodes
            walk(nodes, stack: stack)
        }

        mutating func walk(_ nodes: [Node], stack: [any ViewModel.Type]) {
            for node in nodes {
                switch node {
                case .name(let name, let location):
                    _ = resolve(name, at: location, stack: stack)
                case .section(let name, let location, let inverted, let children):
                    let type = resolve(name, at: location, stack: stack)
                    // A section over a view model pushes it; one over a value (a string, a flag)
                    // or an inverted one renders in the context around it.
                    if !inverted, let type, let model = Self.element(of: type) as? any ViewModel.Type {
                        walk(children, stack: stack + [model])
                    } else {
                        walk(children, stack: stack)
                    }
                case .partial(let name, let location):
                    // Words: partials of the language, checked by TemplateStrings.
                    if name.hasPrefix(TemplateStrings.prefix) { continue }
                    guard templates[name] != nil else {
                        problems.append(
                            .error(
                                "unknown partial '\(name)': the theme has no template '\(name).mustache'", at: location)
                        )
                        continue
                    }
                    check(template: name, stack: stack)
                }
            }
        }

        /// The type of the value `raw` names, or nil when it is not a view model's field (or is `.`).
        mutating func resolve(_ raw: String, at location: SourceLocation, stack: [any ViewModel.Type]) -> Any.Type? {
            // Transforms (`empty(guides)`) apply to the name inside; most give a number or a flag.
            var name = raw
            var keepsType = true
            while let open = name.firstIndex(of: "("), name.hasSuffix(")") {
                keepsType = keepsType && ["first", "last", "reversed", "sorted"].contains(name[..<open])
                name = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
            }
            guard name != ".", !name.isEmpty, let innermost = stack.last else { return nil }
            let parts = name.split(separator: ".").map(String.init)
            var type: Any.Type
            if let found = Self.field(parts[0], of: innermost) {
                type = found
            } else if !name.hasPrefix("."), ViewModels.inheritedNames.contains(parts[0]),
                let found = stack.reversed().lazy.compactMap({ Self.field(parts[0], of: $0) }).first
            {
                type = found
            } else {
                problems.append(
                    .error(
                        "unknown variable '\(name)': \(Self.describe(innermost)) has no field '\(parts[0])' (its fields: \(innermost.fields.map(\.key).joined(separator: ", ")))",
                        at: location))
                return nil
            }
            for (index, part) in parts.enumerated().dropFirst() {
                let owner = parts[..<index].joined(separator: ".")
                guard let model = Self.element(of: type) as? any ViewModel.Type else {
                    problems.append(
                        .error(
                            "unknown variable '\(name)': '\(owner)' is a value, not a view model with fields",
                            at: location))
                    return nil
                }
                guard let found = Self.field(part, of: model) else {
                    problems.append(
                        .error(
                            "unknown variable '\(name)': '\(owner)' is a \(Self.describe(model)), which has no field '\(part)' (its fields: \(model.fields.map(\.key).joined(separator: ", ")))",
                            at: location))
                    return nil
                }
                type = found
            }
            return keepsType ? type : nil
        }

        static func field(_ name: String, of model: any ViewModel.Type) -> Any.Type? {
            model.fields.first { $0.key == name }?.value
        }

        /// What a section over a value of this type pushes: an array's element, an optional's value.
        static func element(of type: Any.Type) -> Any.Type {
            if let wrapper = type as? any Wrapping.Type { return element(of: wrapper.wrapped) }
            return type
        }

        static func describe(_ model: any ViewModel.Type) -> String {
            String(reflecting: model).split(separator: ".").dropFirst().joined(separator: ".")
        }
    }
}

/// Optionals and arrays, whose sections render their wrapped values.
protocol Wrapping { static var wrapped: Any.Type { get } }
extension Optional: Wrapping { static var wrapped: Any.Type { Wrapped.self } }
extension Array: Wrapping { static var wrapped: Any.Type { Element.self } }
