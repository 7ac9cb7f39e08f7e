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

    /// Checks every lead of `ordering` under `setup`, summarising cycles when asked; the
    /// parts found, in lead order, for `init(joining:)`.
    static func parts(
        setup: AuditSetup, log: EventLog, ordering: LeadOrdering, summarisesCycles: Bool, parallelism: AuditParallelism
    ) -> [CheckedLeads] {
        let worthwhile = max(1, ordering.events.count / max(1, parallelism.eventsPerCheckPart))
        let parts = ordering.partition(into: min(parallelism.checkParts, worthwhile))
        return ParallelWork.map(parts.count) { part in
            let checker = LeadChecker(setup: setup, log: log, summarisesCycles: summarisesCycles)
            for lead in parts[part] {
                checker.check(lead: lead, events: ordering.events(of: lead))
            }
            return CheckedLeads(ledger: checker.ledger, issues: checker.issues, summaries: checker.summaries, facts: checker.facts)
        }
    }
}

extension CheckedLeads {
    /// The parts joined in order (breaches are handed on in their lists, see
    /// `ObligationLedger.takeLists`).
    init(joining parts: consuming [CheckedLeads]) {
        var whole = parts.removeFirst()
        for part in parts {
            whole.ledger.absorb(part.ledger)
            whole.issues += part.issues
            whole.summaries += part.summaries
            whole.facts += part.facts
        }
        self = whole
    }
}
