import LeadpactDiagnostics

/// The terminal form of a diff: a heading with the tally, then one line per change. Each line
/// is shown through `TerminalText`, so a control character in a contract is seen, not obeyed.
///
/// ```
/// acme-na 1.3.0 → 1.4.0: 2 changes (1 tightened, 1 loosened, 0 changed)
///   sales.first_touch_within: 2 business hours → 1 business hour (tightened, sales)
///   calendars.na.holidays.2026-12-24 added: closed (loosened, sales)
/// ```
public struct DiffTextRenderer: Sendable {
    /// Creates the renderer.
    public init() {}

    /// The text, ending with a newline.
    public func render(_ diff: ContractDiff) -> String {
        var lines = ["\(diff.heading): \(diff.tally)"]
        lines += diff.changes.map { "  \($0.line)" }
        return lines.map { TerminalText.escaped($0) }.joined(separator: "\n") + "\n"
    }
}
