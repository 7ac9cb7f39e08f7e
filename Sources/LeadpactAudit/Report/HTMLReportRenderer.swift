import LeadpactContract

/// The report as one self-contained HTML page (inline CSS, inline SVG charts, no scripts and no
/// network): headline figures, breaches per rule and side, the spread of time to accept and to
/// first touch against the targets, the compliance trend, per-owner and per-source tables,
/// the first breaches of each rule with their evidence, open obligations and input problems.
/// Every list is cut short, so the page stays one a person reads however large the log: the
/// CSV and JSON reports hold every breach.
public struct HTMLReportRenderer: AuditReportRenderer {
    /// Targets and trend shown beside the result.
    public var context: ReportContext
    /// Open obligations and input issues listed before "… and N more".
    public var listLimit: Int
    /// Breaches listed per rule, and rows of the owner, source and reason tables, before
    /// "… and N more".
    public var rowLimit: Int

    /// Creates the renderer.
    public init(context: ReportContext = ReportContext(), listLimit: Int = 200, rowLimit: Int = 25) {
        self.context = context
        self.listLimit = listLimit
        self.rowLimit = rowLimit
    }

    /// The page.
    public func render(_ result: AuditResult) -> String {
        let clock = ReportClock(timeZone: result.contract.timeZone)
        let metrics = AuditMetrics(result: result)
        let title = "\(result.contract.title): audit \(result.period.label)"
        var out = HTMLText.pageStart(title: title, css: HTMLReportStyle.css)
        out += "<header><h1>\(HTMLText.escape(result.contract.title))</h1>\n"
        out += "<p class=\"meta\">Audit of <strong>\(HTMLText.escape(result.period.label))</strong>: "
        out += "\(HTMLText.escape(clock.format(result.period.from))) → \(HTMLText.escape(clock.format(result.period.to)))<br>"
        out += "Contract <code>\(HTMLText.escape(result.contract.id))</code> \(HTMLText.escape(result.contract.version)) · "
        out += "<code>\(HTMLText.escape(result.contract.digest))</code></p></header>\n"
        out += cards(result, metrics)
        out += "<section><h2>Obligations</h2>\n" + obligations(result) + "</section>\n"
        out += "<section class=\"charts\"><div><h2>Breaches per rule</h2>\n\(SVGChart.breachesPerRule(result.rules))</div>\n"
        let points = Array(context.trend.suffix(8)) + [CompliancePoint(result: result)]
        out += "<div><h2>Compliance trend</h2>\n\(SVGChart.trend(points))"
        if context.trend.isEmpty { out += "<p class=\"note\">Earlier periods were not audited for this report.</p>" }
        out += "</div>\n"
        out += "<div><h2>Business time to accept</h2>\n\(SVGChart.histogram(metrics.timeToAccept, target: context.acceptTargetSeconds, title: "Business time to accept"))</div>\n"
        out += "<div><h2>Business time to first touch</h2>\n\(SVGChart.histogram(metrics.timeToFirstTouch, target: context.firstTouchTargetSeconds, title: "Business time to first touch"))</div>\n"
        out += "</section>\n"
        out += HTMLMetricsSection(metrics: metrics, context: context, rowLimit: rowLimit).render()
        out += breaches(result, clock)
        out += open(result, clock)
        out += input(result)
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    private func cards(_ result: AuditResult, _ metrics: AuditMetrics) -> String {
        var out = "<section class=\"cards\">"
        for row in metrics.compliance {
            out += "<div class=\"card \(row.side.rawValue)\"><span>\(row.side.rawValue) compliance</span><b>\(ReportText.percent(row.rate))</b>"
            out += "<small>\(row.counts.met) met · \(row.counts.breached) breached · \(row.counts.waived) waived</small></div>"
        }
        out += "<div class=\"card\"><span>breaches</span><b>\(result.breaches.count)</b><small>\(result.open.count) open at period end</small></div>"
        out += "<div class=\"card\"><span>MQL → SQL</span><b>\(ReportText.percent(metrics.funnel.mqlToSQL))</b><small>\(metrics.funnel.sqls) of \(metrics.funnel.mqls) handoffs</small></div>"
        return out + "</section>\n"
    }

    private func obligations(_ result: AuditResult) -> String {
        let rows = result.rules.map { rule in
            let counts = rule.counts
            return ["<code>\(rule.rule.rawValue)</code>", rule.side.rawValue] + [counts.total, counts.met, counts.breached, counts.waived, counts.open].map(String.init)
                + [ReportText.percent(FunnelMetrics.rate(counts.met, of: counts.met + counts.breached))]
        }
        return HTMLText.table(header: ["rule", "side", "total", "met", "breached", "waived", "open", "compliance"], rows: rows, numeric: [2, 3, 4, 5, 6, 7])
    }

    /// The first `rowLimit` breaches of each rule, in report order, then per rule cut short
    /// how many more there are.
    private func breaches(_ result: AuditResult, _ clock: ReportClock) -> String {
        var out = "<section><h2>Breaches (\(result.breaches.count))</h2>\n"
        if result.breaches.isEmpty { return out + "<p>None.</p></section>\n" }
        var listed = [Int](repeating: 0, count: AuditRule.allCases.count)
        let shown = result.breaches.filter { breach in
            listed[breach.rule.ordinal] += 1
            return listed[breach.rule.ordinal] <= rowLimit
        }
        let rows = shown.map { breach in
            [
                "<code>\(breach.rule.rawValue)</code>", "<span class=\"side \(breach.side.rawValue)\">\(breach.side.rawValue)</span>",
                HTMLText.escape(ReportText.lead(breach.lead)), HTMLText.escape(breach.owner), HTMLText.escape(clock.format(breach.due)),
                HTMLText.escape(ReportText.outcome(breach, clock: clock)), HTMLText.escape(ReportText.lateness(breach)), HTMLText.escape(breach.detail),
            ]
        }
        out += HTMLText.table(header: ["rule", "side", "lead", "owner", "due", "outcome", "late", "evidence"], rows: rows, cssClass: "breaches")
        for rule in AuditRule.allCases.sorted() where listed[rule.ordinal] > rowLimit {
            out += "<p class=\"note\">… and \(listed[rule.ordinal] - rowLimit) more breaches of <code>\(rule.rawValue)</code> "
            out += "(the first \(rowLimit) are listed; the CSV and JSON reports list every breach).</p>\n"
        }
        return out + "</section>\n"
    }

    private func open(_ result: AuditResult, _ clock: ReportClock) -> String {
        var out = "<section><h2>Open at period end (\(result.open.count))</h2>\n"
        if result.open.isEmpty { return out + "<p>None.</p></section>\n" }
        let rows = result.open.prefix(listLimit).map { item in
            [
                "<code>\(item.rule.rawValue)</code>", HTMLText.escape(ReportText.lead(item.lead)), HTMLText.escape(item.owner),
                HTMLText.escape(clock.format(item.due)), ReportText.duration(item.timeLeftSeconds), HTMLText.escape(item.detail),
            ]
        }
        out += HTMLText.table(header: ["rule", "lead", "owner", "due", "time left", "detail"], rows: Array(rows))
        if result.open.count > listLimit { out += "<p class=\"note\">… and \(result.open.count - listLimit) more.</p>" }
        return out + "</section>\n"
    }

    private func input(_ result: AuditResult) -> String {
        let input = result.input
        var out = "<section><h2>Input</h2>\n<p>\(input.lines) lines read, \(input.badLines) bad, \(input.issues.count - input.badLines) other issues.</p>\n"
        if !input.issues.isEmpty {
            out += "<ul class=\"issues\">"
            for issue in input.issues.prefix(listLimit) {
                out += "<li class=\"\(issue.isBadLine ? "bad" : "warn")\"><code>\(HTMLText.escape(issue.file)):\(issue.line)</code> \(HTMLText.escape(issue.message))</li>"
            }
            if input.issues.count > listLimit { out += "<li>… and \(input.issues.count - listLimit) more</li>" }
            out += "</ul>\n"
        }
        return out + "</section>\n"
    }
}
