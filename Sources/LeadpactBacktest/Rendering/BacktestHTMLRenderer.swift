import LeadpactAudit
import LeadpactContract
import LeadpactSignoff

/// The page form of a backtest: one self-contained HTML file (inline style and SVG, no
/// scripts) with the changes, paired bars of compliance and breaches per rule, and the tables.
enum BacktestHTMLRenderer {
    /// The HTML document, ending with a newline.
    static func render(_ result: BacktestResult) -> String {
        let zone = result.baseline.timeZone
        let title = "Backtest: \(BacktestFigures.name(result.draft)) against \(BacktestFigures.name(result.baseline)), \(result.period.label)"
        var out = HTMLText.pageStart(title: title, css: style)
        out += "<h1>\(HTMLText.escape(title))</h1>\n"
        out += "<p class=\"meta\">\(HTMLText.escape(BacktestFigures.instant(result.period.from, timeZone: zone))) to "
            + "\(HTMLText.escape(BacktestFigures.instant(result.period.to, timeZone: zone))) (\(HTMLText.escape(zone))) · "
            + "\(result.input.baseline.lines) event lines · bad lines: \(result.input.baseline.badLines) under the baseline, "
            + "\(result.input.draft.badLines) under the draft</p>\n"
        out += section("Changes: \(result.diff.changes.count)", changes(result.diff))
        out += "<section class=\"charts\">\n" + complianceChart(result) + breachChart(result) + "</section>\n"
        out += section("Obligations per rule (baseline → draft)", table(BacktestRows.ruleHeader, BacktestRows.rules(result)))
        out += section("Handoffs", table(BacktestRows.handoffHeader, BacktestRows.handoffs(result)))
        out += section("Targets", result.targets.isEmpty
            ? "<p class=\"note\">None in the period.</p>\n" : table(BacktestRows.targetHeader, BacktestRows.targets(result)))
        out += section("Breaches per owner", result.owners.isEmpty
            ? "<p class=\"note\">None under either contract.</p>\n" : table(BacktestRows.ownerHeader, BacktestRows.owners(result)))
        let (listed, note) = BacktestFigures.listed(result.flips)
        var flips = listed.isEmpty
            ? "<p class=\"note\">No lead's verdict changes.</p>\n" : table(BacktestRows.flipHeader, BacktestRows.flips(listed))
        if let note { flips += "<p class=\"note\">\(HTMLText.escape(note))</p>\n" }
        out += section("Verdict flips: \(BacktestFigures.flipTally(result.flips))", flips)
        return out + "</main>\n</body>\n</html>\n"
    }

    private static func complianceChart(_ result: BacktestResult) -> String {
        let rows = result.rules.map {
            BacktestChart.Row(label: $0.rule.rawValue, baseline: $0.compliance.baseline, draft: $0.compliance.draft)
        }
        return "<div>" + BacktestChart.pairedBars(
            title: "Compliance per rule", rows: rows, largest: 1, format: ReportText.percent) + "</div>\n"
    }

    private static func breachChart(_ result: BacktestResult) -> String {
        let rows = result.rules.map {
            BacktestChart.Row(label: $0.rule.rawValue, baseline: Double($0.baseline.breached), draft: Double($0.draft.breached))
        }
        let largest = Double(result.rules.map { max($0.baseline.breached, $0.draft.breached) }.max() ?? 1)
        return "<div>" + BacktestChart.pairedBars(
            title: "Breaches per rule", rows: rows, largest: max(1, largest),
            format: { $0.map { String(Int($0)) } ?? "—" }) + "</div>\n"
    }

    private static func changes(_ diff: ContractDiff) -> String {
        guard !diff.changes.isEmpty else { return "<p class=\"note\">No semantic changes: the compiled rules are the same.</p>\n" }
        return table(
            ["Change", "Before", "After", "Effect", "Binds"],
            diff.changes.map { [$0.path, $0.old ?? "—", $0.new ?? "—", $0.direction.rawValue, $0.side.rawValue] })
    }

    private static func section(_ heading: String, _ body: String) -> String {
        "<section>\n<h2>\(HTMLText.escape(heading))</h2>\n\(body)</section>\n"
    }

    private static func table(_ header: [String], _ rows: [[String]]) -> String {
        var out = "<table>\n<thead><tr>" + header.map { "<th>\(HTMLText.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>" + row.map { "<td>\(HTMLText.escape($0))</td>" }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    private static let style = """
    :root { --ink: #0f172a; --muted: #64748b; --line: #e2e8f0; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: #f8fafc; }
    main { max-width: 1200px; margin: 0 auto; padding: 24px; }
    h1 { font-size: 22px; margin: 0 0 4px; }
    h2 { font-size: 17px; margin: 0 0 10px; }
    .meta, .note { color: var(--muted); }
    section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px; margin: 0 0 16px; overflow-x: auto; }
    .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 16px; }
    .charts svg { width: 100%; height: auto; font-size: 13px; fill: var(--ink); }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
    th { font-size: 12px; color: var(--muted); font-weight: 600; }
    td { font-variant-numeric: tabular-nums; }
    @media print { body { background: #fff; } section { break-inside: avoid; } }

    """
}
