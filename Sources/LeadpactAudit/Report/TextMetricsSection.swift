import LeadpactContract
import LeadpactDiagnostics

/// The "Metrics" part of the terminal report.
struct TextMetricsSection {
    let metrics: AuditMetrics
    let context: ReportContext
    let colored: Bool

    func render() -> String {
        var out = ANSIStyle.bold.apply(to: "Metrics", enabled: colored) + "\n"
        out += speed("time to accept", metrics.timeToAccept, target: context.acceptTargetSeconds)
        out += speed("time to first touch", metrics.timeToFirstTouch, target: context.firstTouchTargetSeconds)
        let funnel = metrics.funnel
        out += "  funnel               MQL \(funnel.mqls) → accepted \(funnel.accepted) (\(ReportText.percent(funnel.acceptRate)))"
        out += " → SQL \(funnel.sqls) (\(ReportText.percent(funnel.sqlRate))) → won \(funnel.won) (\(ReportText.percent(funnel.winRate)))"
        out += "; MQL→SQL \(ReportText.percent(funnel.mqlToSQL))\n"
        if !metrics.targets.isEmpty {
            out += "  targets\n"
            for pace in metrics.targets {
                let line = "    \(pace.target.rule.rawValue)  \(ReportText.targetName(pace.target))  \(ReportText.target(pace))  [\(pace.target.status.rawValue)]"
                out += TerminalText.escaped(line) + "\n"
            }
        }
        if !metrics.reasons.isEmpty {
            out += "  end reasons\n"
            var table = TextTable(header: ["end", "reason", "cycles"], rightAligned: 2...2)
            for row in metrics.reasons { table.add([row.end.rawValue, ReportText.reason(row.reason), String(row.count)]) }
            out += table.render(indent: "    ")
        }
        if !metrics.owners.isEmpty {
            out += "  per owner\n"
            var table = TextTable(header: ["owner", "handoffs", "breaches", "accept p50", "touch p50", "SQLs", "won"], rightAligned: 1...6)
            for row in metrics.owners {
                table.add([
                    row.owner, String(row.cycles), String(row.breaches), ReportText.duration(row.timeToAccept.p50),
                    ReportText.duration(row.timeToFirstTouch.p50), String(row.sqls), String(row.won),
                ])
            }
            out += table.render(indent: "    ")
        }
        if !metrics.sources.isEmpty {
            out += "  per handoff source\n"
            var table = TextTable(header: ["source", "handoffs", "meet MQL", "SQLs", "won", "MQL→SQL"], rightAligned: 1...5)
            for row in metrics.sources {
                table.add([row.source ?? "(none)", String(row.cycles), String(row.meetingCriteria), String(row.sqls), String(row.won), ReportText.percent(row.conversion)])
            }
            out += table.render(indent: "    ")
        }
        return out + "\n"
    }

    private func speed(_ name: String, _ stats: DurationStatistics, target: Int64?) -> String {
        let label = name + String(repeating: " ", count: max(1, 21 - name.count))
        var line = "  \(label)p50 \(ReportText.duration(stats.p50))  p90 \(ReportText.duration(stats.p90))  (\(stats.count) cycles"
        if let target {
            line += "; target \(ReportText.duration(target)), \(ReportText.percent(stats.share(atOrBelow: target))) within"
        }
        return line + ")\n"
    }
}
