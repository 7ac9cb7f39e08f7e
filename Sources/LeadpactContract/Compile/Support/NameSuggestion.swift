import LeadpactDiagnostics

/// Did-you-mean for names written in a contract: the shared edit-distance suggestion, and
/// besides it one swap of two neighbouring letters (`titel` → `title`), the commonest typo
/// in short keys, which plain edit distance counts as two edits.
enum NameSuggestion {
    /// The candidate the writer most likely meant, if any is close enough.
    static func closest(to name: String, in candidates: [String]) -> String? {
        if let guess = Suggestion.closest(to: name, in: candidates) { return guess }
        let written = Array(name.lowercased())
        return candidates.first { candidate in
            let target = Array(candidate.lowercased())
            guard target.count == written.count, target != written else { return false }
            let differing = written.indices.filter { written[$0] != target[$0] }
            guard differing.count == 2, differing[1] == differing[0] + 1 else { return false }
            return written[differing[0]] == target[differing[1]] && written[differing[1]] == target[differing[0]]
        }
    }
}
