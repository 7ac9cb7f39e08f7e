import LeadpactAudit
/// The review as one self-contained HTML page (inline style and SVG charts), for the meeting.
public enum ReviewHTMLRenderer {
    /// Renders `result`.
    public static func render(_ result: ReviewResult) -> String {
        let loop = result.feedback
        let title = "Review of \(result.contract.id) \(result.contract.version) for \(result.period.label)"
        var body = "<h1>\(HTMLText.escape(title))</h1>\n"
        body += "<p class=\"note\">\(HTMLText.escape(result.contract.title))\(result.cadence.map { " · \(HTMLText.escape($0)) cadence" } ?? ""). "
        body += "Each figure gives the handoffs it rests on; pale bars and <span class=\"thin\">*</span> mark a group of fewer than \(loop.minimumHandoffs).</p>\n"
        body += "<h2>Metrics</h2>\n" + metrics(result)
        body += "<h2>Feedback loop: \(loop.handoffs.handoffs) handoffs started in \(HTMLText.escape(result.period.label))</h2>\n"
        body += "<p>All: \(ReviewNumbers.rate(loop.handoffs.sqls, of: loop.handoffs.handoffs)) reached an SQL, "
        body += "\(ReviewNumbers.rate(loop.handoffs.won, of: loop.handoffs.handoffs)) were won.</p>\n"
        body += "<h3>By score band at handoff (width \(loop.bandWidth))</h3>\n"
        if loop.bands.isEmpty && loop.handoffs.handoffs > 0 {
            body += "<p>The contract has no scoring model.</p>\n"
        } else {
            body += ReviewCharts.rateBars(loop.bands, rate: \.sqlRate, title: "SQL rate by score band") + rates(loop.bands)
        }
        body += "<h3>By handoff source</h3>\n"
        body += ReviewCharts.rateBars(loop.sources, rate: \.sqlRate, title: "SQL rate by source") + rates(loop.sources)
        body += "<h3>With and without each explicit scoring rule</h3>\n" + splits(loop.explicitRules)
        body += "<h3>With and without each implicit activity logged before the handoff</h3>\n" + splits(loop.activities)
        body += "<h3>End reasons by source</h3>\n" + reasons(loop.reasons)
        body += "<h3>Threshold sweep</h3>\n"
        if let note = loop.sweep.note {
            body += "<p>\(HTMLText.escape(note))</p>\n"
        } else {
            body += ReviewCharts.sweepLine(loop.sweep.points)
            body += table(["score ≥", "qualified", "SQL rate", "won rate"], loop.sweep.points.map { point in
                let group = point.qualified
                return [HTMLText.escape(group.label) + (point.isCurrent ? " <b>(contract)</b>" : ""), "\(group.handoffs)\(mark(group))",
                        ReviewNumbers.rate(group.sqls, of: group.handoffs), ReviewNumbers.rate(group.won, of: group.handoffs)]
            })
        }
        body += "<p class=\"note\">Input: \(result.input.lines) lines, \(result.input.badLines) bad.</p>\n"
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(HTMLText.escape(title))</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2em; color: #222; max-width: 1100px; }
            table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
            th, td { border-bottom: 1px solid #ddd; padding: 4px 10px; }
            td:not(:first-child), th:not(:first-child) { text-align: right; }
            .note { color: #666; } .thin { color: #b36b00; font-weight: bold; }
            svg { display: block; margin: 0.5em 0; }
            </style></head><body>
            \(body)</body></html>

            """
    }

    private static func mark(_ group: OutcomeRate) -> String { group.isThin ? " <span class=\"thin\">*</span>" : "" }

    private static func metrics(_ result: ReviewResult) -> String {
        guard !result.metrics.isEmpty else { return "<p>The contract names no review metrics.</p>\n" }
        return table(["metric"] + result.periods.map { HTMLText.escape($0.label) }, result.metrics.map { row in
            [HTMLText.escape(row.name)] + row.cells.map { "\(ReviewNumbers.metric($0, unit: row.unit)) <span class=\"note\">n=\($0.basis)</span>" }
        })
    }

    private static func rates(_ groups: [OutcomeRate]) -> String {
        guard !groups.isEmpty else { return "<p>No handoffs.</p>\n" }
        return table(["group", "handoffs", "SQL rate", "won rate"], groups.map { group in
            [HTMLText.escape(group.label), "\(group.handoffs)\(mark(group))", ReviewNumbers.rate(group.sqls, of: group.handoffs),
             ReviewNumbers.rate(group.won, of: group.handoffs)]
        })
    }

    private static func splits(_ splits: [OutcomeSplit]) -> String {
        guard !splits.isEmpty else { return "<p>None in the contract.</p>\n" }
        return table(["", "with: n", "SQL rate", "won rate", "without: n", "SQL rate", "won rate"], splits.map { split in
            ["<code>\(HTMLText.escape(split.label))</code>", "\(split.with.handoffs)\(mark(split.with))",
             ReportText.percent(split.with.sqlRate), ReportText.percent(split.with.wonRate),
             "\(split.without.handoffs)\(mark(split.without))",
             ReportText.percent(split.without.sqlRate), ReportText.percent(split.without.wonRate)]
        })
    }

    private static func reasons(_ sources: [ReasonSource]) -> String {
        guard !sources.isEmpty else { return "<p>None ended so.</p>\n" }
        var out = table(["source", "ended", "without a valid reason (sales must fix)"], sources.map { source in
            [HTMLText.escape(source.source), "\(source.ended)", ReviewNumbers.rate(source.withoutValidReason, of: source.ended)]
        })
        var rows: [[String]] = []
        for source in sources {
            for tally in source.tallies {
                rows.append([HTMLText.escape(source.source), tally.end.rawValue,
                             HTMLText.escape(tally.reason ?? "(no reason)") + (tally.isValid ? "" : " <span class=\"thin\">not valid</span>"), "\(tally.count)"])
            }
        }
        out += table(["source", "end", "reason (marketing must fix)", "handoffs"], rows)
        return out
    }

    /// A table of already-escaped cells.
    private static func table(_ header: [String], _ rows: [[String]]) -> String {
        var out = "<table><thead><tr>" + header.map { "<th>\($0)</th>" }.joined() + "</tr></thead><tbody>\n"
        for row in rows { out += "<tr>" + row.map { "<td>\($0)</td>" }.joined() + "</tr>\n" }
        return out + "</tbody></table>\n"
    }
}
