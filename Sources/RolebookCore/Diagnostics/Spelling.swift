/// The known name a misspelt one was probably meant to be: shared by the content checks ("unknown
/// role 'x'; did you mean 'y'?") and the command line (subcommands and options).
public enum Spelling {
    /// The candidate with the fewest edits from `name`, within one edit for names of up to four
    /// characters and two for longer ones (so `bob` never suggests `ann`); ties go to the first alphabetically.
    public static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
        let target = Array(name.unicodeScalars)
        var limit = target.count <= 4 ? 1 : 2
        var best: String?
        for candidate in candidates where candidate != name {
            let other = Array(candidate.unicodeScalars)
            guard abs(other.count - target.count) <= limit, let distance = distance(target, other, limit: limit) else {
                continue
            }
            if best == nil || distance < limit || (distance == limit && candidate < best!) {
                best = candidate
                limit = distance
            }
        }
        return best
    }

    /// Levenshtein distance, or nil as soon as it must exceed `limit`.
    public static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
