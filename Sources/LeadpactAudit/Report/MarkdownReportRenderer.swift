import LeadpactContract
import LeadpactDiagnostics

/// The report as GitHub-flavoured Markdown, sized for a pull-request comment or an email:
/// summary tables, breaches (the first `breachLimit`), open obligations and input issues (the
/// first `listLimit`), and the metrics.
public struct MarkdownReportRenderer: AuditReportRenderer {
    /// Targets and trend shown beside the result.
    public var context: ReportContext
    /// Breaches listed before "… and N more".
    public var breachLimit: Int
    /// Open obligations and input issues listed before "… and N more".
    public var listLimit: Int

    /// Creates the renderer.
    public init(context: ReportContext = ReportContext(), breachLimit: Int = 100, listLimit: Int = 25) {
        self.context = context
        self.breachLimit = breachLimit
        self.listLimit = listLimit
    }

    /// The report.
    public func render(_ result: AuditResult) -> String {
        let clock = ReportClock(timeZone: result.contract.timeZone)
        let metrics = AuditMetrics(result: result)
        var out = "## \(MarkdownText.inline(result.contract.title)): audit \(MarkdownText.inline(result.period.label))\n\n"
        out += "Contract `\(TerminalText.escaped(result.contract.id))` \(TerminalText.escaped("\(result.contract.version)")) (`\(result.contract.digest)`) · "
        out += "period \(clock.format(result.period.from)) → \(clock.format(result.period.to))\n\n"
        out += summary(result, metrics)
        out += breaches(result, clock)
        out += open(result, clock)
        out += MarkdownMetricsSection(metrics: metrics, context: context).render()
        out += input(result)
        return out
    }

    private func summary(_ result: AuditResult, _ metrics: AuditMetrics) -> String {
        var rows = metrics.compliance.map { row in
            ["**\(row.side.rawValue)**"] + counts(row.counts) + [ReportText.percent(row.rate)]
        }
        for rule in result.rules {
            rows.append(["`\(rule.rule.rawValue)`"] + counts(rule.counts) + [ReportText.percent(FunnelMetrics.rate(rule.counts.met, of: rule.counts.met + rule.counts.breached))])
        }
        return MarkdownText.table(header: ["obligations", "total", "met", "breached", "waived", "open", "compliance"], rows: rows, rightAligned: 1...6) + "\n"
    }

    private func counts(_ counts: ObligationCounts) -> [String] {
        [counts.total, counts.met, counts.breached, counts.waived, counts.open].map(String.init)
    }

    private func breaches(_ result: AuditResult, _ clock: ReportClock) -> String {
        var out = "### Breaches (\(result.breaches.count))\n\n"
        if result.breaches.isEmpty { return out + "None.\n\n" }
        let rows = result.breaches.prefix(breachLimit).map { breach in
            [
                "`\(breach.rule.rawValue)`", breach.side.rawValue, MarkdownText.cell(ReportText.lead(breach.lead)),
                MarkdownText.cell(breach.owner), clock.format(breach.due), MarkdownText.cell(ReportText.outcome(breach, clock: clock)),
                ReportText.lateness(breach), MarkdownText.cell(breach.detail),
            ]
        }
        out += MarkdownText.table(header: ["rule", "side", "lead", "owner", "due", "outcome", "late", "detail"], rows: Array(rows))
        if result.breaches.count > breachLimit {
            out += "\n… and \(result.breaches.count - breachLimit) more: run with `--format csv` for all of them.\n"
        }
        return out + "\n"
    }

    private func open(_ result: AuditResult, _ clock: ReportClock) -> String {
        var out = "### Open at period end (\(result.open.count))\n\n"
        if result.open.isEmpty { return out + "None.\n\n" }
        let rows = result.open.prefix(listLimit).map { item in
            [
                "`\(item.rule.rawValue)`", MarkdownText.cell(ReportText.lead(item.lead)), MarkdownText.cell(item.owner),
                clock.format(item.due), ReportText.duration(item.timeLeftSeconds), MarkdownText.cell(item.detail),
            ]
        }
        out += MarkdownText.table(header: ["rule", "lead", "owner", "due", "time left", "detail"], rows: Array(rows))
        if result.open.count > listLimit { out += "\n… and \(result.open.count - listLimit) more.\n" }
        return out + "\n"
    }

    private func input(_ result: AuditResult) -> String {
        let input = result.input
        var out = "### Input\n\n\(input.lines) lines read, \(input.badLines) bad, \(input.issues.count - input.badLines) other issues.\n"
        if !input.issues.isEmpty { out += "\n" }
        for issue in input.issues.prefix(listLimit) {
            out += "- `\(TerminalText.escaped(issue.file)):\(issue.line)` \(MarkdownText.inline(issue.message))\n"
        }
        if input.issues.count > listLimit { out += "- … and \(input.issues.count - listLimit) more\n" }
        return out
    }
}
