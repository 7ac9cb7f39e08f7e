import LeadpactContract

/// The "Metrics" part of the Markdown report.
struct MarkdownMetricsSection {
    let metrics: AuditMetrics
    let context: ReportContext

    func render() -> String {
        var out = "### Metrics\n\n"
        out += speed("Time to accept", metrics.timeToAccept, target: context.acceptTargetSeconds)
        out += speed("Time to first touch", metrics.timeToFirstTouch, target: context.firstTouchTargetSeconds)
        let funnel = metrics.funnel
        out += "\n" + MarkdownText.table(
            header: ["funnel", "MQL", "accepted", "SQL", "won", "MQL→SQL"],
            rows: [
                ["cycles", String(funnel.mqls), String(funnel.accepted), String(funnel.sqls), String(funnel.won), ""],
                ["rate", "", ReportText.percent(funnel.acceptRate), ReportText.percent(funnel.sqlRate), ReportText.percent(funnel.winRate), ReportText.percent(funnel.mqlToSQL)],
            ],
            rightAligned: 1...5
        )
        if !context.trend.isEmpty {
            let points = context.trend.suffix(8)
            out += "\n" + MarkdownText.table(
                header: ["compliance"] + points.map { MarkdownText.cell($0.label) },
                rows: [
                    ["sales"] + points.map { ReportText.percent($0.sales) },
                    ["marketing"] + points.map { ReportText.percent($0.marketing) },
                    ["breaches"] + points.map { String($0.breaches) },
                ],
                rightAligned: 1...points.count
            )
        }
        if !metrics.targets.isEmpty {
            out += "\n" + MarkdownText.table(
                header: ["target", "period", "progress", "status"],
                rows: metrics.targets.map { pace in
                    ["`\(pace.target.rule.rawValue)`", MarkdownText.cell(ReportText.targetName(pace.target)), MarkdownText.cell(ReportText.target(pace)), pace.target.status.rawValue]
                }
            )
        }
        if !metrics.reasons.isEmpty {
            out += "\n" + MarkdownText.table(
                header: ["end", "reason", "cycles"],
                rows: metrics.reasons.map { [$0.end.rawValue, MarkdownText.cell(ReportText.reason($0.reason)), String($0.count)] },
                rightAligned: 2...2
            )
        }
        if !metrics.owners.isEmpty {
            out += "\n" + MarkdownText.table(
                header: ["owner", "handoffs", "breaches", "accept p50", "first touch p50", "SQLs", "won"],
                rows: metrics.owners.map { row in
                    [MarkdownText.cell(row.owner), String(row.cycles), String(row.breaches), ReportText.duration(row.timeToAccept.p50),
                     ReportText.duration(row.timeToFirstTouch.p50), String(row.sqls), String(row.won)]
                },
                rightAligned: 1...6
            )
        }
        if !metrics.sources.isEmpty {
            out += "\n" + MarkdownText.table(
                header: ["source", "handoffs", "meet MQL criteria", "SQLs", "won", "MQL→SQL"],
                rows: metrics.sources.map { row in
                    [MarkdownText.cell(row.source ?? "(none)"), String(row.cycles), String(row.meetingCriteria), String(row.sqls), String(row.won), ReportText.percent(row.conversion)]
                },
                rightAligned: 1...5
            )
        }
        return out + "\n"
    }

    private func speed(_ name: String, _ stats: DurationStatistics, target: Int64?) -> String {
        var line = "- **\(name)**: p50 \(ReportText.duration(stats.p50)), p90 \(ReportText.duration(stats.p90)) over \(stats.count) cycles"
        if let target {
            line += "; target \(ReportText.duration(target)), \(ReportText.percent(stats.share(atOrBelow: target))) within"
        }
        return line + "\n"
    }
}
