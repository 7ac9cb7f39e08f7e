import Foundation
import LeadpactContract

/// The `--format json` report: the keys of the brief plus per-rule counts, evidence,
/// issue files and target progress. Times are RFC 3339 in contract.timezone.
public struct JSONReportRenderer: AuditReportRenderer {
    /// Creates the renderer.
    public init() {}

    /// The report as one JSON object followed by a newline.
    public func render(_ result: AuditResult) -> String {
        let clock = ReportClock(timeZone: result.contract.timeZone)
        let time = { (date: Date) in JSONText.quoted(clock.format(date)) }
        let contract = JSONText.object([
            ("id", JSONText.quoted(result.contract.id)),
            ("version", JSONText.quoted(result.contract.version)),
            ("digest", JSONText.quoted(result.contract.digest)),
            ("title", JSONText.quoted(result.contract.title)),
            ("timezone", JSONText.quoted(result.contract.timeZone)),
        ])
        let period = JSONText.object([
            ("from", time(result.period.from)), ("to", time(result.period.to)),
            ("label", JSONText.quoted(result.period.label)),
        ])
        var obligations = counts(result.obligations)
        obligations.append(("by_side", JSONText.object([
            ("marketing", JSONText.object(counts(result.counts(for: .marketing)))),
            ("sales", JSONText.object(counts(result.counts(for: .sales)))),
        ])))
        obligations.append(("by_rule", JSONText.object(result.rules.map {
            ($0.rule.rawValue, JSONText.object([("side", JSONText.quoted($0.side.rawValue))] + counts($0.counts)))
        })))
        let document = JSONText.object([
            ("contract", contract),
            ("period", period),
            ("obligations", JSONText.object(obligations)),
            ("breaches", JSONText.array(result.breaches.map { breach($0, time: time) })),
            ("open", JSONText.array(result.open.map { open($0, time: time) })),
            ("targets", JSONText.array(result.targets.map { target($0, time: time) })),
            ("input", input(result.input)),
        ])
        return document + "\n"
    }

    private func counts(_ counts: ObligationCounts) -> [(String, String)] {
        [
            ("total", String(counts.total)), ("met", String(counts.met)), ("breached", String(counts.breached)),
            ("waived", String(counts.waived)), ("open", String(counts.open)),
        ]
    }

    private func breach(_ breach: Breach, time: (Date) -> String) -> String {
        JSONText.object([
            ("rule", JSONText.quoted(breach.rule.rawValue)),
            ("side", JSONText.quoted(breach.side.rawValue)),
            ("lead", JSONText.optional(breach.lead)),
            ("owner", JSONText.quoted(breach.owner)),
            ("due", time(breach.due)),
            ("resolved_at", time(breach.resolvedAt)),
            ("met_at", breach.metAt.map(time) ?? "null"),
            ("late_by_seconds", JSONText.optional(breach.lateBySeconds)),
            ("late_by_business_seconds", JSONText.optional(breach.lateByBusinessSeconds)),
            ("calendar", JSONText.optional(breach.calendar)),
            ("detail", JSONText.quoted(breach.detail)),
            ("evidence", JSONText.object(breach.evidence.map { ($0.name, JSONText.quoted($0.value)) })),
        ])
    }

    private func open(_ item: OpenObligation, time: (Date) -> String) -> String {
        JSONText.object([
            ("rule", JSONText.quoted(item.rule.rawValue)),
            ("side", JSONText.quoted(item.side.rawValue)),
            ("lead", JSONText.optional(item.lead)),
            ("owner", JSONText.quoted(item.owner)),
            ("due", time(item.due)),
            ("time_left_seconds", String(item.timeLeftSeconds)),
            ("detail", JSONText.quoted(item.detail)),
        ])
    }

    private func target(_ item: TargetProgress, time: (Date) -> String) -> String {
        JSONText.object([
            ("rule", JSONText.quoted(item.rule.rawValue)),
            ("per", JSONText.quoted(item.per.rawValue)),
            ("where", JSONText.optional(item.segment)),
            ("label", JSONText.quoted(item.label)),
            ("start", time(item.start)),
            ("end", time(item.end)),
            ("required", String(item.required)),
            ("reached", String(item.reached)),
            ("cycles", String(item.cycles)),
            ("converted", String(item.converted)),
            ("status", JSONText.quoted(item.status.rawValue)),
        ])
    }

    private func input(_ input: InputSummary) -> String {
        JSONText.object([
            ("lines", String(input.lines)),
            ("bad_lines", String(input.badLines)),
            ("issues", JSONText.array(input.issues.map {
                JSONText.object([
                    ("file", JSONText.quoted($0.file)), ("line", String($0.line)),
                    ("message", JSONText.quoted($0.message)), ("bad_line", $0.isBadLine ? "true" : "false"),
                ])
            })),
        ])
    }
}
