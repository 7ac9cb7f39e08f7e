import LeadpactContract
import LeadpactAudit

/// The tables every backtest format shows, as rows of cells, so the text, markdown and html
/// forms cannot disagree on a figure.
enum BacktestRows {
    /// Column titles of the rule table.
    static let ruleHeader = ["Rule", "Side", "Total", "Met", "Breached", "Waived", "Open", "Compliance", "Δ compliance"]

    /// One row per rule: each count as `baseline → draft`, compliance under each, the delta.
    static func rules(_ result: BacktestResult) -> [[String]] {
        result.rules.map { row in
            let (b, d) = (row.baseline, row.draft)
            let compliance = row.compliance
            return [
                row.rule.rawValue, row.side.rawValue,
                BacktestFigures.pair(b.total, d.total), BacktestFigures.pair(b.met, d.met),
                BacktestFigures.pair(b.breached, d.breached), BacktestFigures.pair(b.waived, d.waived),
                BacktestFigures.pair(b.open, d.open),
                BacktestFigures.pair(ReportText.percent(compliance.baseline), ReportText.percent(compliance.draft)),
                BacktestFigures.points(row.complianceDelta),
            ]
        }
    }

    /// Column titles of the handoff table.
    static let handoffHeader = ["Figure", "Baseline", "Draft", "Δ"]

    /// Handoffs, MQL volume, SQLs among them, and the conversion.
    static func handoffs(_ result: BacktestResult) -> [[String]] {
        let (b, d) = (result.handoffs.baseline, result.handoffs.draft)
        let conversionDelta = b.conversion.flatMap { before in d.conversion.map { $0 - before } }
        return [
            ["Handoffs", String(b.handoffs), String(d.handoffs), BacktestFigures.signed(d.handoffs - b.handoffs)],
            ["MQL volume (meeting the MQL criteria)", String(b.mqls), String(d.mqls), BacktestFigures.signed(d.mqls - b.mqls)],
            ["SQLs among them", String(b.sqls), String(d.sqls), BacktestFigures.signed(d.sqls - b.sqls)],
            [
                "MQL → SQL conversion", ReportText.percent(b.conversion), ReportText.percent(d.conversion),
                BacktestFigures.points(conversionDelta),
            ],
        ]
    }

    /// Column titles of the target table.
    static let targetHeader = ["Target", "Baseline", "Draft"]

    /// One row per target period: met, missed or open under each, with the figure reached.
    static func targets(_ result: BacktestResult) -> [[String]] {
        result.targets.map { row in
            [BacktestFigures.target(row), targetCell(row.baseline), targetCell(row.draft)]
        }
    }

    private static func targetCell(_ target: TargetProgress?) -> String {
        guard let target else { return "—" }
        let figure = target.rule == .marketingConversion
            ? "\(ReportText.percent(Double(target.reached) / 10_000)) of \(ReportText.percent(Double(target.required) / 10_000))"
            : "\(target.reached) of \(target.required)"
        return "\(BacktestFigures.verdict(target)) (\(figure))"
    }

    /// Column titles of the owner table.
    static let ownerHeader = ["Owner", "Breaches (baseline)", "Breaches (draft)", "Δ"]

    /// One row per owner with a breach under either contract.
    static func owners(_ result: BacktestResult) -> [[String]] {
        result.owners.map { [$0.owner, String($0.baseline), String($0.draft), BacktestFigures.signed($0.draft - $0.baseline)] }
    }

    /// Column titles of the flip table.
    static let flipHeader = ["Rule", "Lead", "Baseline", "Draft"]

    /// The listed flips.
    static func flips(_ flips: ArraySlice<VerdictFlip>) -> [[String]] {
        flips.map { [$0.rule.rawValue, $0.lead, $0.baseline.rawValue, $0.draft.rawValue] }
    }
}
