import LeadpactContract
import LeadpactDiagnostics

/// The terminal report: a summary per side and rule, every breach with its evidence, what is
/// still open, the metrics and the input problems. ANSI colour only when asked for (the CLI asks
/// when standard output is a terminal). Values from the contract and the log are shown through
/// `TerminalText`, so a control character in them is seen, not obeyed.
///
/// Without a width every line is as long as its content. Given one (the terminal's, or
/// `--width`), an open obligation's evidence that does not fit beside its row goes on a line
/// of its own under it, and every line is broken at spaces to fit (see `TextWrapping`).
public struct TextReportRenderer: AuditReportRenderer {
    /// Whether to use ANSI colours.
    public var colored: Bool
    /// Targets and trend shown beside the result.
    public var context: ReportContext
    /// Open obligations and input issues listed before "… and N more".
    public var listLimit: Int
    /// The columns lines should fit in, or `nil` to leave them as long as they are.
    public var width: Int?

    /// Creates the renderer.
    public init(colored: Bool, context: ReportContext = ReportContext(), listLimit: Int = 50, width: Int? = nil) {
        self.colored = colored
        self.context = context
        self.listLimit = listLimit
        self.width = width
    }

    /// The report.
    public func render(_ result: AuditResult) -> String {
        let clock = ReportClock(timeZone: result.contract.timeZone)
        let metrics = AuditMetrics(result: result)
        var out = ""
        out += style(shown(result.contract.title), .bold) + "\n"
        out += shown("contract  \(result.contract.id) \(result.contract.version)  \(result.contract.digest)") + "\n"
        out += "period    \(result.period.label)  \(clock.format(result.period.from)) → \(clock.format(result.period.to))\n\n"
        out += summary(result, metrics)
        out += breaches(result, clock)
        out += open(result, clock)
        out += TextMetricsSection(metrics: metrics, context: context, colored: colored).render()
        out += input(result)
        return width.map { TextWrapping(width: $0).fit(out) } ?? out
    }

    private func summary(_ result: AuditResult, _ metrics: AuditMetrics) -> String {
        var table = TextTable(header: ["", "total", "met", "breached", "waived", "open", "compliance"], rightAligned: 1...6)
        for row in metrics.compliance {
            table.add([row.side.rawValue] + counts(row.counts) + [ReportText.percent(row.rate)])
        }
        let all = result.obligations
        table.add(["all"] + counts(all) + [ReportText.percent(FunnelMetrics.rate(all.met, of: all.met + all.breached))])
        table.addSeparator()
        for rule in result.rules {
            table.add(["\(rule.rule.rawValue)"] + counts(rule.counts) + [ReportText.percent(FunnelMetrics.rate(rule.counts.met, of: rule.counts.met + rule.counts.breached))])
        }
        return heading("Obligations") + table.render(indent: "  ") + "\n"
    }

    private func counts(_ counts: ObligationCounts) -> [String] {
        [counts.total, counts.met, counts.breached, counts.waived, counts.open].map(String.init)
    }

    private func breaches(_ result: AuditResult, _ clock: ReportClock) -> String {
        var out = heading("Breaches (\(result.breaches.count))")
        if result.breaches.isEmpty { return out + "  none\n\n" }
        for breach in result.breaches {
            out += "  " + style(breach.rule.rawValue, .red) + shown("  \(breach.side.rawValue)  \(ReportText.lead(breach.lead))  owner \(breach.owner)") + "\n"
            out += "    due \(clock.format(breach.due))  \(ReportText.outcome(breach, clock: clock))"
            if breach.lateBySeconds != nil { out += "  late \(ReportText.lateness(breach))" }
            out += "\n    " + shown(breach.detail) + "\n"
        }
        return out + "\n"
    }

    private func open(_ result: AuditResult, _ clock: ReportClock) -> String {
        var out = heading("Open at period end (\(result.open.count))")
        if result.open.isEmpty { return out + "  none\n\n" }
        for item in result.open.prefix(listLimit) {
            let row = "  \(item.rule.rawValue)  \(ReportText.lead(item.lead))  owner \(item.owner)  due \(clock.format(item.due))"
                + " (\(ReportText.duration(item.timeLeftSeconds)) left)"
            let detail = shown(item.detail)
            let fits = width.map { row.count + 2 + detail.count <= $0 } ?? true
            out += shown(row) + (fits ? "  " : "\n    ") + detail + "\n"
        }
        if result.open.count > listLimit { out += "  … and \(result.open.count - listLimit) more (see --format json or csv)\n" }
        return out + "\n"
    }

    private func input(_ result: AuditResult) -> String {
        let input = result.input
        var out = heading("Input")
        out += "  \(input.lines) lines read, \(input.badLines) bad, \(input.issues.count - input.badLines) other issues\n"
        for issue in input.issues.prefix(listLimit) {
            out += "  " + style(shown("\(issue.file):\(issue.line)"), issue.isBadLine ? .red : .yellow) + ": " + shown(issue.message) + "\n"
        }
        if input.issues.count > listLimit { out += "  … and \(input.issues.count - listLimit) more\n" }
        return out
    }

    private func heading(_ text: String) -> String { style(text, .bold) + "\n" }

    private func shown(_ text: String) -> String { TerminalText.escaped(text) }

    private func style(_ text: String, _ ansi: ANSIStyle) -> String {
        ansi.apply(to: text, enabled: colored)
    }
}

/// The few ANSI styles the terminal report uses.
enum ANSIStyle: String {
    case bold = "1", red = "31", green = "32", yellow = "33"

    /// `text` wrapped in the style's escape codes when `enabled`.
    func apply(to text: String, enabled: Bool) -> String {
        enabled ? "\u{1B}[\(rawValue)m\(text)\u{1B}[0m" : text
    }
}
