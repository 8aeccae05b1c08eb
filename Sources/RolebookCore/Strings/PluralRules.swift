/// Which plural form a count takes, as a language's strings file says (`plurals:`), in the
/// integer subset of CLDR's rule syntax: `n = 1`, `n % 100 = 3..10`, `n % 10 = 1 and n % 100 != 11`,
/// conditions joined by `and` (binding tighter) and `or`. The rules are tried in the file's order;
/// a count no rule matches is `other`. Written in the file, not taken from the platform, so every
/// machine picks the same form.
package struct PluralRules: Sendable, Hashable {
    /// CLDR's plural categories.
    package enum Category: String, Sendable, Hashable, CaseIterable, Comparable {
        case zero, one, two, few, many, other

        package static func < (lhs: Self, rhs: Self) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// One `n [% m] (= | !=) values` test.
    package struct Relation: Sendable, Hashable {
        var modulus: Int?
        var negated: Bool
        var ranges: [ClosedRange<Int>]

        func holds(for count: Int) -> Bool {
            let value = modulus.map { count % $0 } ?? count
            return ranges.contains { $0.contains(value) } != negated
        }
    }

    /// Each category's condition: any of the `or` alternatives, each all of its `and` relations.
    package var rules: [(category: Category, condition: [[Relation]])]

    package init(_ rules: [(category: Category, condition: [[Relation]])]) { self.rules = rules }

    /// English and German: one for 1, other for every other count.
    package static let oneOther = PluralRules([(.one, [[Relation(modulus: nil, negated: false, ranges: [1...1])]])])

    /// The categories a count may take in this language: those with a rule, and `other`.
    package var categories: [Category] { (rules.map(\.category) + [.other]).sorted() }

    package func category(of count: Int) -> Category {
        let magnitude = count.magnitude > UInt(Int.max) ? Int.max : Int(count.magnitude)
        return rules.first { rule in rule.condition.contains { $0.allSatisfy { $0.holds(for: magnitude) } } }?
            .category ?? .other
    }

    /// The rules for a script, which chooses forms the same way (search.js): a JSON array of
    /// `[category, [[[modulus or 0, negated, [[low, high], …]], …], …]]`, in the file's order.
    package var json: String {
        let items = rules.map { rule in
            let alternatives = rule.condition.map { relations in
                "["
                    + relations.map { relation in
                        let ranges = relation.ranges.map { "[\($0.lowerBound),\($0.upperBound)]" }.joined(
                            separator: ",")
                        return "[\(relation.modulus ?? 0),\(relation.negated),[\(ranges)]]"
                    }.joined(separator: ",") + "]"
            }
            return "[\"\(rule.category.rawValue)\",[\(alternatives.joined(separator: ","))]]"
        }
        return "[" + items.joined(separator: ",") + "]"
    }

    /// Parses one rule; nil when it is not in the supported syntax.
    package static func condition(_ text: String) -> [[Relation]]? {
        var alternatives: [[Relation]] = []
        for alternative in text.components(separatedBy: " or ") {
            var relations: [Relation] = []
            for relation in alternative.components(separatedBy: " and ") {
                guard let parsed = Self.relation(relation) else { return nil }
                relations.append(parsed)
            }
            alternatives.append(relations)
        }
        return alternatives.isEmpty ? nil : alternatives
    }

    private static func relation(_ text: String) -> Relation? {
        let negated = text.contains("!=")
        let sides = text.components(separatedBy: negated ? "!=" : "=")
        guard sides.count == 2 else { return nil }
        let operand = sides[0].split(separator: " ").map(String.init)
        var modulus: Int?
        switch operand.count {
        case 1 where operand[0] == "n": break
        case 3 where operand[0] == "n" && operand[1] == "%":
            guard let value = Int(operand[2]), value > 0 else { return nil }
            modulus = value
        default: return nil
        }
        var ranges: [ClosedRange<Int>] = []
        for item in sides[1].split(separator: ",") {
            let bounds = item.trimmingSpaces.components(separatedBy: "..")
            guard let low = Int(bounds[0]), let high = Int(bounds.last!), bounds.count <= 2, low <= high, low >= 0
            else { return nil }
            ranges.append(low...high)
        }
        return ranges.isEmpty ? nil : Relation(modulus: modulus, negated: negated, ranges: ranges)
    }

    package static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.rules.map(\.category) == rhs.rules.map(\.category)
            && lhs.rules.map(\.condition) == rhs.rules.map(\.condition)
    }

    package func hash(into hasher: inout Hasher) {
        for rule in rules {
            hasher.combine(rule.category)
            hasher.combine(rule.condition)
        }
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
