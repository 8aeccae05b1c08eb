import RolebookCore
import RolebookMarkdown

/// Compiles guidance the way the loader does, with a fixed role vocabulary: `manager`,
/// `coordinator` and `user`, whose audience keys are `RoleKey("s", "manager")` and so on.
enum GuidanceHarness {
    static let keys: Set<RoleKey> = [RoleKey("s", "manager"), RoleKey("s", "coordinator"), RoleKey("s", "user")]

    static func planner() -> AudiencePlanner {
        AudiencePlanner(allKeys: keys, path: "guide.md", firstLine: 1) { name in
            ["manager", "coordinator", "user"].contains(name) ? [RoleKey("s", name)] : []
        }
    }

    static func plan(_ markdown: String) -> AudiencePlanner.Plan {
        planner().plan(CommonMarkParser.analyze(markdown).outline)
    }

    /// Every diagnostic for `markdown`, as `rolebook check` prints them, in source order. Only
    /// `contract.number` and `manager.name` are known values.
    static func diagnostics(_ markdown: String) -> [String] {
        let analysis = CommonMarkParser.analyze(markdown)
        var all = analysis.problems.map {
            let location = SourceLocation(path: "guide.md", line: $0.line, column: $0.column)
            return $0.isWarning ? Diagnostic.warning($0.message, at: location) : .error($0.message, at: location)
        }
        all += planner().plan(analysis.outline).diagnostics
        for use in analysis.placeholders where !["contract.number", "manager.name"].contains(use.name) {
            all.append(
                .error(
                    "unknown value '{{\(use.name)}}' in guidance",
                    at: SourceLocation(path: "guide.md", line: use.line, column: use.column)))
        }
        return all.sorted { ($0.location!, $0.message) < ($1.location!, $1.message) }.map(\.description)
    }

    /// The HTML one reader sees on one kind of page, values shown as `[name]`, or `[name|fallback]`
    /// where the placeholder has a fallback.
    static func html(_ markdown: String, for role: String = "user", on page: AudiencePlanner.PageKind) -> String {
        let removals = plan(markdown).removals(for: RoleKey("s", role), on: page)
        let parts = CommonMarkParser.render(markdown, edit: .init(remove: removals)).parts
        return parts.map { part in
            switch part {
            case .html(let html): html
            case .value(let name, let fallback): "[" + name + (fallback.map { "|" + $0 } ?? "") + "]"
            }
        }.joined()
    }

    /// The HTML one reader sees, with each value shown as `[name]`.
    static func html(_ markdown: String, for role: String = "user") -> String {
        CommonMarkParser.render(markdown, edit: .init(remove: plan(markdown).removals(for: RoleKey("s", role)))).filled
        { "[\($0)]" }
    }
}
