/// The output formats of `leadpact diff`.
public enum DiffFormat: String, CaseIterable, Sendable {
    /// One line per change, for a terminal.
    case text
    /// A pull-request body: a table of changes and a sign-off checklist for both leaders.
    case markdown
    /// The changes as values, for tools.
    case json

    /// Renders `diff` in this format. `contractPath` is the new contract's path, used in the
    /// sign-off instructions of the markdown form.
    public func render(_ diff: ContractDiff, contractPath: String? = nil) -> String {
        switch self {
        case .text: DiffTextRenderer().render(diff)
        case .markdown: DiffMarkdownRenderer(contractPath: contractPath).render(diff)
        case .json: DiffJSONRenderer().render(diff)
        }
    }
}

extension ContractDiff {
    /// `3 changes (1 tightened, 1 loosened, 1 changed)`, or `no semantic changes`.
    var tally: String {
        guard !changes.isEmpty else { return "no semantic changes" }
        let noun = changes.count == 1 ? "change" : "changes"
        let parts = ChangeDirection.allCases.map { "\(count($0)) \($0.rawValue)" }
        return "\(changes.count) \(noun) (\(parts.joined(separator: ", ")))"
    }

    /// `acme-na 1.3.0 → 1.4.0` (both ids when the contract id changed).
    var heading: String {
        old.id == new.id
            ? "\(new.id) \(old.version) → \(new.version)"
            : "\(old.id) \(old.version) → \(new.id) \(new.version)"
    }
}
