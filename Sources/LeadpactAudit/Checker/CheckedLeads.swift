import Foundation

/// What checking the leads found: the ledger, the input warnings, the cycle summaries and
/// the cycle facts targets need.
///
/// The leads are checked in parts, one lead range each, on every core; the parts are joined
/// in lead order, so the result is the one a single pass over the leads gives.
struct CheckedLeads: Sendable {
    var ledger: ObligationLedger
    var issues: [InputIssue]
    var summaries: [CycleSummary]
    var facts: [CycleFact]

    /// Below this many events one part does, as threads would cost more than they save.
    private static let eventsPerPart = 100_000

    /// Checks every lead of `ordering` under `setup`, summarising cycles when asked.
    static func check(setup: AuditSetup, log: EventLog, ordering: LeadOrdering, summarisesCycles: Bool) -> CheckedLeads {
        let wanted = ProcessInfo.processInfo.activeProcessorCount * 4
        let parts = ordering.partition(into: min(wanted, max(1, log.events.count / eventsPerPart)))
        let results = ParallelWork.map(parts.count) { part in
            let checker = LeadChecker(setup: setup, log: log, summarisesCycles: summarisesCycles)
            for lead in parts[part] {
                checker.check(lead: lead, events: ordering.events(of: lead))
            }
            return CheckedLeads(ledger: checker.ledger, issues: checker.issues, summaries: checker.summaries, facts: checker.facts)
        }
        var whole = results[0]
        whole.ledger.reserve(for: results.dropFirst().map(\.ledger))
        for part in results.dropFirst() {
            whole.ledger.absorb(part.ledger)
            whole.issues += part.issues
            whole.summaries += part.summaries
            whole.facts += part.facts
        }
        return whole
    }
}
