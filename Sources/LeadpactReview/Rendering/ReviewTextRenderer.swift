import LeadpactAudit
import LeadpactDiagnostics

/// The review as plain text for a terminal: the metrics per period, then the feedback loop.
/// Values from the contract and the log are shown through `TerminalText`.
public enum ReviewTextRenderer {
    /// Renders `result`.
    public static func render(_ result: ReviewResult) -> String {
        var out = "Review of \(shown(result.contract.id)) \(shown("\(result.contract.version)")) for \(result.period.label)"
        out += result.cadence.map { " (\($0) cadence)" } ?? ""
        out += "\n\n"
        out += metrics(result)
        let loop = result.feedback
        out += "\nFeedback loop: \(loop.handoffs.handoffs) handoffs started in \(result.period.label)"
        out += " (* marks a group of fewer than \(loop.minimumHandoffs))\n"
        out += section(
            "SQL and won rate by score band at handoff (width \(loop.bandWidth))",
            loop.bands.isEmpty && loop.handoffs.handoffs > 0 ? "  the contract has no scoring model\n" : rates(loop.bands))
        out += section("By handoff source", rates(loop.sources))
        out += section("With and without each explicit scoring rule", splits(loop.explicitRules))
        out += section("With and without each implicit activity logged before the handoff", splits(loop.activities))
        out += section("End reasons by source (rejected, disqualified, recycled, renurture)", reasons(loop.reasons))
        out += section("Threshold sweep", sweep(loop.sweep))
        out += "\nInput: \(result.input.lines) lines, \(result.input.badLines) bad\n"
        return out
    }

    private static func section(_ title: String, _ body: String) -> String {
        "\n\(title)\n" + body
    }

    private static func metrics(_ result: ReviewResult) -> String {
        guard !result.metrics.isEmpty else { return "The contract names no review metrics.\n" }
        var rows = [["metric"] + result.periods.map(\.label)]
        for row in result.metrics {
            rows.append([row.name] + row.cells.map { cell in "\(ReviewNumbers.metric(cell, unit: row.unit)) (n=\(cell.basis))" })
        }
        return table(rows)
    }

    private static func rates(_ groups: [OutcomeRate]) -> String {
        guard !groups.isEmpty else { return "  no handoffs\n" }
        return table([["group", "handoffs", "SQL rate", "won rate"]] + groups.map { group in
            [group.label, "\(group.handoffs)\(group.thinMark)", ReviewNumbers.rate(group.sqls, of: group.handoffs),
             ReviewNumbers.rate(group.won, of: group.handoffs)]
        })
    }

    private static func splits(_ splits: [OutcomeSplit]) -> String {
        guard !splits.isEmpty else { return "  none in the contract\n" }
        var rows = [["", "with: n", "SQL rate", "won rate", "without: n", "SQL rate", "won rate"]]
        for split in splits {
            rows.append([
                split.label, "\(split.with.handoffs)\(split.with.thinMark)",
                ReportText.percent(split.with.sqlRate), ReportText.percent(split.with.wonRate),
                "\(split.without.handoffs)\(split.without.thinMark)",
                ReportText.percent(split.without.sqlRate), ReportText.percent(split.without.wonRate),
            ])
        }
        return table(rows)
    }

    private static func reasons(_ sources: [ReasonSource]) -> String {
        guard !sources.isEmpty else { return "  none ended so\n" }
        var out = ""
        for source in sources {
            out += "  \(shown(source.source)): \(source.ended) ended, \(source.withoutValidReason) without a valid reason"
            out += " (\(ReportText.percent(source.shareWithoutValidReason)))\n"
            for tally in source.tallies {
                let reason = shown(tally.reason ?? "(no reason)")
                out += "    \(tally.end.rawValue) \(reason)\(tally.isValid ? "" : " [not valid]"): \(tally.count)\n"
            }
        }
        return out
    }

    private static func sweep(_ sweep: ThresholdSweep) -> String {
        guard sweep.note == nil else { return "  \(shown(sweep.note ?? ""))\n" }
        return table([["score >=", "qualified", "SQL rate", "won rate"]] + sweep.points.map { point in
            let group = point.qualified
            return [
                group.label + (point.isCurrent ? " (contract)" : ""), "\(group.handoffs)\(group.thinMark)",
                ReviewNumbers.rate(group.sqls, of: group.handoffs), ReviewNumbers.rate(group.won, of: group.handoffs),
            ]
        })
    }

    /// The rows (the first the header) as an indented `TextTable`: the first column
    /// left-aligned, the rest right-aligned.
    static func table(_ rows: [[String]]) -> String {
        let columns = rows.map(\.count).max() ?? 0
        var table = TextTable(header: rows.first ?? [], rightAligned: columns > 1 ? 1...(columns - 1) : nil)
        for row in rows.dropFirst() { table.add(row) }
        return table.render(indent: "  ")
    }

    private static func shown(_ text: String) -> String { TerminalText.escaped(text) }
}
