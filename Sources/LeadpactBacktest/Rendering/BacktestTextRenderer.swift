import LeadpactAudit
import LeadpactContract
import LeadpactDiagnostics
import LeadpactSignoff

/// The terminal form of a backtest: the changes, then one aligned table per figure. Values from
/// the contracts and the log are shown through `TerminalText`.
enum BacktestTextRenderer {
    /// The text, ending with a newline.
    static func render(_ result: BacktestResult) -> String {
        let zone = result.baseline.timeZone
        var lines = [
            "Backtest of \(TerminalText.escaped(BacktestFigures.name(result.draft))) (draft) against \(TerminalText.escaped(BacktestFigures.name(result.baseline))) (baseline), \(result.period.label)",
            "Period: \(BacktestFigures.instant(result.period.from, timeZone: zone)) to \(BacktestFigures.instant(result.period.to, timeZone: zone)) (\(zone))",
            "Events: \(result.input.baseline.lines) lines; bad lines: \(result.input.baseline.badLines) under the baseline, \(result.input.draft.badLines) under the draft",
            "",
            "Changes: " + DiffTextRenderer().render(result.diff).dropLast(),
            "",
            "Obligations per rule (baseline → draft):",
        ]
        lines += table(BacktestRows.ruleHeader, BacktestRows.rules(result))
        lines += ["", "Handoffs:"] + table(BacktestRows.handoffHeader, BacktestRows.handoffs(result))
        lines += ["", "Targets:"]
        lines += result.targets.isEmpty ? ["  none in the period"] : table(BacktestRows.targetHeader, BacktestRows.targets(result))
        lines += ["", "Breaches per owner:"]
        lines += result.owners.isEmpty ? ["  none under either contract"] : table(BacktestRows.ownerHeader, BacktestRows.owners(result))
        lines += ["", "Verdict flips: \(BacktestFigures.flipTally(result.flips))"]
        let (listed, note) = BacktestFigures.listed(result.flips)
        if !listed.isEmpty { lines += table(BacktestRows.flipHeader, BacktestRows.flips(listed)) }
        if let note { lines.append("  " + note) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The lines of an indented `TextTable`, every column left-aligned.
    static func table(_ header: [String], _ rows: [[String]]) -> [String] {
        var table = TextTable(header: header)
        for row in rows { table.add(row) }
        return table.render(indent: "  ").split(separator: "\n").map(String.init)
    }
}
