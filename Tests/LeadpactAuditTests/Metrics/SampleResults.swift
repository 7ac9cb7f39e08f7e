import Foundation
import LeadpactAudit
import LeadpactContract

/// A small audit result built by hand, for metric and renderer tests that must not depend on
/// the checker.
enum SampleResults {
    /// 2026-11-16T00:00:00-05:00.
    static let weekStart = Date(timeIntervalSince1970: 1_794_805_200)

    static func at(hours: Double) -> Date { weekStart.addingTimeInterval(hours * 3_600) }

    static var week47: AuditResult {
        let period = ReportPeriod(from: weekStart, to: at(hours: 168), label: "2026-W47")
        let cycles = [
            CycleSummary(lead: "L-1", owner: "alice", mqlAt: at(hours: 10), handedOffBy: "marketing", calendar: "na", source: "webinar",
                         meetsMQLCriteria: true, inForce: true, acceptedAt: at(hours: 10.2), secondsToAccept: 720,
                         firstTouchAt: at(hours: 10.5), secondsToFirstTouch: 1_800, touches: ["call": 1], sqlAt: at(hours: 50)),
            CycleSummary(lead: "L-2", owner: "alice", mqlAt: at(hours: 11), handedOffBy: "marketing", calendar: "na", source: "webinar",
                         meetsMQLCriteria: false, inForce: true, acceptedAt: at(hours: 12), secondsToAccept: 3_600,
                         firstTouchAt: at(hours: 14), secondsToFirstTouch: 10_800, touches: ["email": 2],
                         end: .recycled, endedAt: at(hours: 100), endReason: "no_response"),
            CycleSummary(lead: "L-3", owner: "bruno", mqlAt: at(hours: 30), handedOffBy: "marketing", calendar: "emea", source: nil,
                         meetsMQLCriteria: true, inForce: true, acceptedAt: at(hours: 30.5), secondsToAccept: 1_800,
                         end: .rejected, endedAt: at(hours: 30.5), endReason: nil),
            CycleSummary(lead: "L-4", owner: "unassigned", mqlAt: at(hours: 160), handedOffBy: "marketing", calendar: "na", source: "paid_search",
                         meetsMQLCriteria: true, inForce: true),
            CycleSummary(lead: "L-0", owner: "bruno", mqlAt: at(hours: -200), handedOffBy: "marketing", calendar: "na", source: "event",
                         meetsMQLCriteria: true, inForce: true, acceptedAt: at(hours: -199), secondsToAccept: 600,
                         firstTouchAt: at(hours: 2), secondsToFirstTouch: 40_000, sqlAt: at(hours: -100), end: .won, endedAt: at(hours: 20)),
        ]
        let breaches = [
            Breach(rule: .salesFirstTouch, lead: "L-2", owner: "alice", due: at(hours: 13), resolvedAt: at(hours: 13), metAt: at(hours: 14),
                   lateBySeconds: 3_600, lateByBusinessSeconds: 3_600, calendar: "na", detail: "first touch at 14:00, \"call\" | late"),
            Breach(rule: .marketingMQLCriteria, lead: "L-2", owner: "marketing", due: at(hours: 11), resolvedAt: at(hours: 11),
                   detail: "score 85 < 100 at handoff"),
            Breach(rule: .salesReason, lead: "L-3", owner: "bruno", due: at(hours: 30.5), resolvedAt: at(hours: 30.5), calendar: "emea",
                   detail: "rejected without a reason"),
        ].sorted(by: Breach.reportOrder)
        let rules = [
            RuleCounts(rule: .marketingMQLCriteria, counts: ObligationCounts(met: 3, breached: 1)),
            RuleCounts(rule: .salesAccept, counts: ObligationCounts(met: 3, open: 1)),
            RuleCounts(rule: .salesFirstTouch, counts: ObligationCounts(met: 2, breached: 1, waived: 1)),
            RuleCounts(rule: .salesReason, counts: ObligationCounts(met: 1, breached: 1)),
        ]
        let total = rules.reduce(ObligationCounts()) { $0 + $1.counts }
        let volume = TargetProgress(rule: .marketingVolume, per: .month, segment: nil, label: "2026-11",
                                    start: Date(timeIntervalSince1970: 1_793_505_600), end: Date(timeIntervalSince1970: 1_796_101_200),
                                    required: 400, reached: 180, cycles: 180, converted: 0, status: .open)
        return AuditResult(
            contract: AuditedContract(id: "acme-global", version: "2.0.0", digest: "sha256:" + String(repeating: "ab", count: 32),
                                      title: "Acme Global — Marketing ⇄ Sales SLA", timeZone: "America/New_York"),
            period: period, obligations: total, rules: rules, breaches: breaches,
            open: [OpenObligation(rule: .salesAccept, lead: "L-4", owner: "unassigned", due: at(hours: 168.5), timeLeftSeconds: 1_800, detail: "not yet accepted")],
            input: InputSummary(lines: 120, badLines: 1, issues: [
                InputIssue(file: "events.jsonl", line: 7, message: "ts has no UTC offset", isBadLine: true),
            ]),
            cycles: cycles, targets: [volume]
        )
    }
}
