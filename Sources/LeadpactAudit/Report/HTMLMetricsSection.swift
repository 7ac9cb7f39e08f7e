import LeadpactContract

/// The metrics part of the HTML report: speed, funnel, targets, reasons, owners and sources;
/// the reasons, owners (most breaches first) and sources (most handoffs first) cut short at
/// `rowLimit` rows.
struct HTMLMetricsSection {
    let metrics: AuditMetrics
    let context: ReportContext
    let rowLimit: Int

    func render() -> String {
        var out = "<section><h2>Metrics</h2>\n<div class=\"grid2\"><div>\n"
        out += HTMLText.table(
            header: ["speed", "cycles", "p50", "p90", "target", "within target"],
            rows: [
                speed("time to accept", metrics.timeToAccept, target: context.acceptTargetSeconds),
                speed("time to first touch", metrics.timeToFirstTouch, target: context.firstTouchTargetSeconds),
            ],
            numeric: [1, 2, 3, 4, 5]
        )
        let funnel = metrics.funnel
        out += HTMLText.table(
            header: ["funnel", "cycles", "rate"],
            rows: [
                ["MQL", String(funnel.mqls), ""],
                ["accepted", String(funnel.accepted), ReportText.percent(funnel.acceptRate)],
                ["SQL", String(funnel.sqls), ReportText.percent(funnel.sqlRate)],
                ["won", String(funnel.won), ReportText.percent(funnel.winRate)],
                ["MQL → SQL", "", ReportText.percent(funnel.mqlToSQL)],
            ],
            numeric: [1, 2]
        )
        out += "</div><div>\n"
        if !metrics.targets.isEmpty {
            out += HTMLText.table(
                header: ["target", "period", "progress", "status"],
                rows: metrics.targets.map { pace in
                    ["<code>\(pace.target.rule.rawValue)</code>", HTMLText.escape(ReportText.targetName(pace.target)),
                     HTMLText.escape(ReportText.target(pace)), pace.target.status.rawValue]
                }
            )
        }
        if !metrics.reasons.isEmpty {
            out += HTMLText.table(
                header: ["end", "reason", "cycles"],
                rows: metrics.reasons.prefix(rowLimit).map { [$0.end.rawValue, HTMLText.escape(ReportText.reason($0.reason)), String($0.count)] },
                numeric: [2]
            ) + more(metrics.reasons.count, "reasons")
        }
        out += "</div></div>\n"
        if !metrics.owners.isEmpty {
            out += "<h2>Per owner</h2>\n" + HTMLText.table(
                header: ["owner", "handoffs", "breaches", "accept p50", "accept p90", "first touch p50", "first touch p90", "SQLs", "won"],
                rows: metrics.owners.prefix(rowLimit).map { row in
                    [HTMLText.escape(row.owner), String(row.cycles), String(row.breaches),
                     ReportText.duration(row.timeToAccept.p50), ReportText.duration(row.timeToAccept.p90),
                     ReportText.duration(row.timeToFirstTouch.p50), ReportText.duration(row.timeToFirstTouch.p90),
                     String(row.sqls), String(row.won)]
                },
                numeric: Set(1...8)
            ) + more(metrics.owners.count, "owners")
        }
        if !metrics.sources.isEmpty {
            out += "<h2>Per handoff source</h2>\n" + HTMLText.table(
                header: ["source", "handoffs", "meet MQL criteria", "SQLs", "won", "MQL → SQL"],
                rows: metrics.sources.prefix(rowLimit).map { row in
                    [HTMLText.escape(row.source ?? "(none)"), String(row.cycles), String(row.meetingCriteria),
                     String(row.sqls), String(row.won), ReportText.percent(row.conversion)]
                },
                numeric: Set(1...5)
            ) + more(metrics.sources.count, "sources")
        }
        return out + "</section>\n"
    }

    /// "… and N more owners" under a table of `count` rows cut short; nothing when none was.
    private func more(_ count: Int, _ what: String) -> String {
        count > rowLimit ? "<p class=\"note\">… and \(count - rowLimit) more \(what).</p>\n" : ""
    }

    private func speed(_ name: String, _ stats: DurationStatistics, target: Int64?) -> [String] {
        [
            name, String(stats.count), ReportText.duration(stats.p50), ReportText.duration(stats.p90),
            ReportText.duration(target), target.map { ReportText.percent(stats.share(atOrBelow: $0)) } ?? "—",
        ]
    }
}
