import LeadpactContract
import LeadpactExpressions

/// Walks each lead's events in order, keeping its state and open cycle, and records every
/// obligation's outcome in the ledger, plus cycle summaries and the facts targets need.
///
/// Its stored properties, and those of its `LeadState` and `HandoffCycle`s, skip Swift's
/// run-time exclusivity check (`@exclusivity(unchecked)`): a checker and what it holds are
/// used by one thread, no access to one of them overlaps another, and the check cost a
/// tenth of the time spent checking leads.
final class LeadChecker {
    let setup: AuditSetup
    let log: EventLog
    let state: LeadState
    @exclusivity(unchecked) var ledger: ObligationLedger
    /// Warnings found while checking (duplicate handoffs, leads without a calendar).
    @exclusivity(unchecked) var issues: [InputIssue] = []
    /// Cycles relevant to the period, when `summarisesCycles`.
    @exclusivity(unchecked) var summaries: [CycleSummary] = []
    let summarisesCycles: Bool
    /// Every cycle started before the period's end.
    @exclusivity(unchecked) var facts: [CycleFact] = []
    /// The interned ids of `marketing.handoff_context` keys (`nil`: no event has the key).
    let handoffKeys: [(name: String, id: Int32?)]
    let sourceKey: Int32?
    let noResponse: Int32?
    /// The interned `sales.reasons` (a few, so a list).
    let reasons: [Int32]
    /// `sales.sequence` channel minimums by name (sorted) and interned channel (`nil`: never logged).
    let sequenceChannels: [(name: String, id: Int32?, minimum: Int)]

    // Per lead.
    @exclusivity(unchecked) var leadName = ""
    @exclusivity(unchecked) var cycle: HandoffCycle?
    @exclusivity(unchecked) var cycleFactIndex = 0
    /// `sales.reason` and `sales.sql_criteria` breaches of the open cycle, with the moment
    /// each resolved, waiting for the cycle's assignments to be known (see `salesBreach`).
    @exclusivity(unchecked) var heldBreaches: [(breach: Breach, at: Int64)] = []
    /// Writes breach explanations, its storage reused from breach to breach.
    @exclusivity(unchecked) var explainer = BreachExplanation.Builder()

    /// A checker for `log` under `setup`, which summarises cycles when asked.
    init(setup: AuditSetup, log: EventLog, summarisesCycles: Bool) {
        self.setup = setup
        self.log = log
        self.summarisesCycles = summarisesCycles
        state = LeadState(schema: setup.schema, scoring: setup.contract.scoring, strings: log.strings)
        ledger = ObligationLedger(from: setup.from, to: setup.to, rules: setup.rules, windows: setup.windows)
        handoffKeys = (setup.contract.marketing?.handoffContext ?? []).map { ($0, log.strings.id(of: $0)) }
        sourceKey = log.strings.id(of: "source")
        noResponse = log.strings.id(of: "no_response")
        reasons = (setup.contract.sales?.reasons ?? []).compactMap { log.strings.id(of: $0) }
        sequenceChannels = (setup.contract.sales?.sequence?.channels ?? [:]).sorted { $0.key < $1.key }
            .map { ($0.key, log.strings.id(of: $0.key), $0.value) }
    }

    /// Checks one lead's events, in order.
    func check(lead: Int, events: ArraySlice<LeadEvent>) {
        state.reset()
        cycle = nil
        leadName = log.leads[Int32(truncatingIfNeeded: lead)]
        for event in events {
            if event.timestamp >= setup.to { break }
            cycle?.expire(before: event.timestamp)
            state.moment = event.timestamp
            handle(event)
        }
        if let open = cycle {
            open.expire(before: setup.to)
            cycle = nil
            finish(open)
        }
    }

    private func handle(_ event: LeadEvent) {
        switch event.kind {
        case .profile:
            state.apply(attributes(of: event))
        case .activity:
            state.log(activity: event.text, at: event.timestamp)
        case .mql:
            startCycle(event)
        case .assigned:
            cycle?.assignments.append((event.timestamp, event.text))
        case .accepted:
            answer(event)
        case .touch:
            touch(event)
        case .sql:
            state.apply(attributes(of: event))
            judgeSQLCriteria(event)
            answer(event)
            if cycle != nil {
                if cycle?.sqlAt == nil {
                    cycle?.sqlAt = event.timestamp
                    facts[cycleFactIndex].sqlAt = event.timestamp
                }
                if let sequence = cycle?.sequence, sequence.isPending, event.timestamp < sequence.due {
                    cycle?.sequence?.waive(at: event.timestamp)
                }
            }
        case .rejected, .disqualified:
            judgeReason(event)
            answer(event)
            endCycle(event)
        case .recycled, .renurture:
            judgeReason(event)
            endCycle(event)
        case .won, .lost:
            endCycle(event)
        }
    }

    /// The `set` entries of a profile or sql event.
    func attributes(of event: LeadEvent) -> ArraySlice<StoredAttribute> {
        let start = Int(event.payloadStart)
        return log.attributes[start..<(start + Int(event.payloadCount))]
    }

    /// The `context` entries of an mql event.
    func context(of event: LeadEvent) -> ArraySlice<ContextEntry> {
        let start = Int(event.payloadStart)
        return log.context[start..<(start + Int(event.payloadCount))]
    }

    private func answer(_ event: LeadEvent) {
        guard cycle != nil, cycle?.answeredAt == nil else { return }
        cycle?.answeredAt = event.timestamp
        cycle?.answeredBy = event.kind
        cycle?.accept?.fulfil(at: event.timestamp)
    }

    private func touch(_ event: LeadEvent) {
        guard let current = cycle else { return }
        if current.firstTouchAt == nil {
            current.firstTouchAt = event.timestamp
            current.firstTouch?.fulfil(at: event.timestamp)
        }
        current.countTouch(on: event.text)
        if sequenceComplete(current) {
            current.sequence?.fulfil(at: event.timestamp)
        }
    }

    /// Whether the cycle's touches reach `touches` and every channel minimum.
    func sequenceComplete(_ cycle: HandoffCycle) -> Bool {
        guard let touches = setup.sales?.sequenceTouches, cycle.touchCount >= touches else { return false }
        for channel in sequenceChannels {
            let count = channel.id.map { cycle.touches(on: $0) } ?? 0
            if count < channel.minimum { return false }
        }
        return true
    }

    /// The sales owner at `moment`: the cycle's last assignment at or before it; `unassigned`
    /// without one, and always outside a cycle. Every sales owner is read here, once the
    /// cycle's assignments up to `moment` are all known (an instant, not a place in the file).
    func salesOwner(in cycle: HandoffCycle?, at moment: Int64) -> String {
        cycle.flatMap { $0.owner(at: moment) }.map { log.strings[$0] } ?? "unassigned"
    }
}
