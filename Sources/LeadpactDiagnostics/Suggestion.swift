/// "Did you mean …?" suggestions by edit distance.
///
/// The cost stays small whatever the input: a name longer than `longestName` scalars gets no
/// suggestion (no one mistypes a name that long), a candidate whose length differs from the
/// name's by more than the edits allowed is skipped without comparing, and the comparison
/// itself stops once it cannot come within the edits allowed.
public enum Suggestion {
    /// The longest name, in Unicode scalars, that suggestions are looked for.
    public static let longestName = 128

    /// The candidate closest to `name`, if it is close enough to be a plausible typo:
    /// at most a third of the longer name's length in edits (and at least one edit allowed).
    public static func closest(to name: String, in candidates: some Sequence<String>) -> String? {
        guard name.unicodeScalars.dropFirst(longestName).isEmpty else { return nil }
        let typed = Array(name.lowercased().unicodeScalars)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != name {
            let knownCount = candidate.unicodeScalars.count
            let allowed = max(1, max(typed.count, knownCount) / 3)
            let limit = best.map { min(allowed, $0.distance - 1) } ?? allowed
            guard abs(typed.count - knownCount) <= limit else { continue }
            let known = Array(candidate.lowercased().unicodeScalars)
            if let distance = editDistance(typed, known, limit: limit) { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// The edit distance between two strings, counted in Unicode scalars: insertions,
    /// deletions, substitutions, and swaps of two neighbouring scalars (`titel` → `title`,
    /// the commonest typo in short names) each count as one edit.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        return editDistance(x, y, limit: max(x.count, y.count)) ?? max(x.count, y.count)
    }

    /// The edit distance between `x` and `y` when it is at most `limit`, otherwise `nil`.
    /// Only the band of cells within `limit` of the diagonal is worked out, and the work stops
    /// at the first row whose every cell is past `limit`.
    static func editDistance(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar], limit: Int) -> Int? {
        guard abs(x.count - y.count) <= limit else { return nil }
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        let beyond = limit + 1
        var beforePrevious = [Int](repeating: beyond, count: y.count + 1)
        var previous = (0...y.count).map { min($0, beyond) }
        var current = [Int](repeating: beyond, count: y.count + 1)
        for i in 1...x.count {
            let low = max(1, i - limit), high = min(y.count, i + limit)
            current[0] = min(i, beyond)
            if low > 1 { current[low - 1] = beyond }
            var rowBest = current[0]
            for j in low...high {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    best = min(best, beforePrevious[j - 2] + 1)
                }
                current[j] = min(best, beyond)
                rowBest = min(rowBest, current[j])
            }
            if high < y.count { current[high + 1] = beyond }
            if rowBest > limit { return nil }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[y.count] <= limit ? previous[y.count] : nil
    }
}
