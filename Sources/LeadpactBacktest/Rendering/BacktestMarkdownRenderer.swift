import LeadpactAudit
import LeadpactContract
import LeadpactSignoff

/// The pull-request form of a backtest: the changes and each figure as a Markdown table.
enum BacktestMarkdownRenderer {
    /// The Markdown, ending with a newline.
    static func render(_ result: BacktestResult) -> String {
        let zone = result.baseline.timeZone
        var lines = [
            "## Backtest: \(MarkdownText.inline(BacktestFigures.name(result.draft))) against \(MarkdownText.inline(BacktestFigures.name(result.baseline)))", "",
            "Period \(MarkdownText.inline(result.period.label)): \(BacktestFigures.instant(result.period.from, timeZone: zone)) to "
                + "\(BacktestFigures.instant(result.period.to, timeZone: zone)) (\(zone)). "
                + "\(result.input.baseline.lines) event lines; bad lines: \(result.input.baseline.badLines) under the baseline, "
                + "\(result.input.draft.badLines) under the draft.",
            "", "### Changes", "",
        ]
        if result.diff.changes.isEmpty {
            lines.append("No semantic changes: the compiled rules are the same.")
        } else {
            lines += table(
                ["Change", "Before", "After", "Effect", "Binds"],
                result.diff.changes.map { [$0.path, $0.old ?? "—", $0.new ?? "—", $0.direction.rawValue, $0.side.rawValue] })
        }
        lines += ["", "### Obligations per rule (baseline → draft)", ""]
        lines += table(BacktestRows.ruleHeader, BacktestRows.rules(result))
        lines += ["", "### Handoffs", ""] + table(BacktestRows.handoffHeader, BacktestRows.handoffs(result))
        lines += ["", "### Targets", ""]
        lines += result.targets.isEmpty ? ["None in the period."] : table(BacktestRows.targetHeader, BacktestRows.targets(result))
        lines += ["", "### Breaches per owner", ""]
        lines += result.owners.isEmpty ? ["None under either contract."] : table(BacktestRows.ownerHeader, BacktestRows.owners(result))
        lines += ["", "### Verdict flips: \(BacktestFigures.flipTally(result.flips))", ""]
        let (listed, note) = BacktestFigures.listed(result.flips)
        if listed.isEmpty {
            lines.append("No lead's verdict changes.")
        } else {
            lines += table(BacktestRows.flipHeader, BacktestRows.flips(listed))
        }
        if let note { lines += ["", note] }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A Markdown table, every cell escaped (`MarkdownText.cell`).
    private static func table(_ header: [String], _ rows: [[String]]) -> [String] {
        ["| " + header.map(MarkdownText.cell).joined(separator: " | ") + " |", "|" + String(repeating: " --- |", count: header.count)]
            + rows.map { "| " + $0.map(MarkdownText.cell).joined(separator: " | ") + " |" }
    }
}
