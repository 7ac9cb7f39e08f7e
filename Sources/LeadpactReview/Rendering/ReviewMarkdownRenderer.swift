import Foundation
import LeadpactAudit
import LeadpactDiagnostics

/// The review as Markdown, for a wiki page or a pull request.
public enum ReviewMarkdownRenderer {
    /// Renders `result`.
    public static func render(_ result: ReviewResult) -> String {
        let loop = result.feedback
        var out = "# Review of \(MarkdownText.inline(result.contract.id)) \(MarkdownText.inline("\(result.contract.version)")) for \(result.period.label)\n\n"
        out += result.cadence.map { "Cadence: \($0). " } ?? ""
        out += "Each figure gives the handoffs it rests on; \\* marks a group of fewer than \(loop.minimumHandoffs).\n\n"
        out += "## Metrics\n\n"
        if result.metrics.isEmpty {
            out += "The contract names no review metrics.\n\n"
        } else {
            out += table(["metric"] + result.periods.map(\.label), result.metrics.map { row in
                [TerminalText.escaped(row.name)] + row.cells.map { "\(ReviewNumbers.metric($0, unit: row.unit)) (n=\($0.basis))" }
            })
        }
        out += "## Feedback loop: \(loop.handoffs.handoffs) handoffs started in \(result.period.label)\n\n"
        out += "### By score band at handoff (width \(loop.bandWidth))\n\n"
        out += loop.bands.isEmpty && loop.handoffs.handoffs > 0 ? "The contract has no scoring model.\n\n" : rates(loop.bands)
        out += "### By handoff source\n\n" + rates(loop.sources)
        out += "### With and without each explicit scoring rule\n\n" + splits(loop.explicitRules)
        out += "### With and without each implicit activity logged before the handoff\n\n" + splits(loop.activities)
        out += "### End reasons by source\n\n" + reasons(loop.reasons)
        out += "### Threshold sweep\n\n"
        if let note = loop.sweep.note {
            out += TerminalText.escaped(note) + "\n\n"
        } else {
            out += table(["score ≥", "qualified", "SQL rate", "won rate"], loop.sweep.points.map { point in
                let group = point.qualified
                return [group.label + (point.isCurrent ? " (contract)" : ""), "\(group.handoffs)\(mark(group))",
                        ReviewNumbers.rate(group.sqls, of: group.handoffs), ReviewNumbers.rate(group.won, of: group.handoffs)]
            })
        }
        out += "Input: \(result.input.lines) lines, \(result.input.badLines) bad.\n"
        return out
    }

    private static func mark(_ group: OutcomeRate) -> String { group.isThin ? " \\*" : "" }

    private static func rates(_ groups: [OutcomeRate]) -> String {
        guard !groups.isEmpty else { return "No handoffs.\n\n" }
        return table(["group", "handoffs", "SQL rate", "won rate"], groups.map { group in
            [MarkdownText.cell(group.label), "\(group.handoffs)\(mark(group))", ReviewNumbers.rate(group.sqls, of: group.handoffs),
             ReviewNumbers.rate(group.won, of: group.handoffs)]
        })
    }

    private static func splits(_ splits: [OutcomeSplit]) -> String {
        guard !splits.isEmpty else { return "None in the contract.\n\n" }
        return table(["", "with: n", "SQL rate", "won rate", "without: n", "SQL rate", "won rate"], splits.map { split in
            ["`\(TerminalText.escaped(split.label.replacingOccurrences(of: "`", with: "'")))`", "\(split.with.handoffs)\(mark(split.with))",
             ReportText.percent(split.with.sqlRate), ReportText.percent(split.with.wonRate),
             "\(split.without.handoffs)\(mark(split.without))",
             ReportText.percent(split.without.sqlRate), ReportText.percent(split.without.wonRate)]
        })
    }

    private static func reasons(_ sources: [ReasonSource]) -> String {
        guard !sources.isEmpty else { return "None ended so.\n\n" }
        var rows: [[String]] = []
        for source in sources {
            for tally in source.tallies {
                rows.append([MarkdownText.cell(source.source), tally.end.rawValue, MarkdownText.cell(tally.reason ?? "(no reason)") + (tally.isValid ? "" : " (not valid)"), "\(tally.count)"])
            }
        }
        var out = table(["source", "end", "reason", "handoffs"], rows)
        out += table(["source", "ended", "without a valid reason"], sources.map { source in
            [MarkdownText.cell(source.source), "\(source.ended)", ReviewNumbers.rate(source.withoutValidReason, of: source.ended)]
        })
        return out
    }

    private static func table(_ header: [String], _ rows: [[String]]) -> String {
        var out = "| " + header.joined(separator: " | ") + " |\n|"
        out += header.indices.map { $0 == 0 ? "---|" : "---:|" }.joined() + "\n"
        for row in rows { out += "| " + row.joined(separator: " | ") + " |\n" }
        return out + "\n"
    }
}
