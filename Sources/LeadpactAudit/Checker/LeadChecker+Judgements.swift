import LeadpactContract
import LeadpactExpressions

extension LeadChecker {
    /// Whether an event outside or inside the open cycle owes `sales.reason` and
    /// `sales.sql_criteria`: in force at its time, and not in a cycle that owes nothing.
    private func owes(_ event: LeadEvent) -> Bool {
        if let cycle { return cycle.inForce && setup.inForce(event.timestamp) }
        return setup.inForce(event.timestamp)
    }

    /// `sales.reason` on a rejected, disqualified, recycled or renurture event.
    func judgeReason(_ event: LeadEvent) {
        guard setup.defines(.salesReason), owes(event) else { return }
        if event.text >= 0 && reasons.contains(event.text) {
            ledger.settle(.salesReason, .met, at: event.timestamp)
            return
        }
        if ledger.countsUnlisted(.salesReason, breachedAt: event.timestamp) { return }
        let detail: String
        var evidence: [EvidenceItem] = []
        switch event.text {
        case LeadEvent.Payload.none: detail = "\(event.kind.name) without a reason"
        case LeadEvent.Payload.notText: detail = "\(event.kind.name) with a reason that is not text"
        default:
            let reason = log.strings[event.text]
            detail = "\(event.kind.name) with reason '\(reason)', which is not in sales.reasons"
            evidence.append(EvidenceItem("reason", reason))
        }
        evidence.append(EvidenceItem("line", "\(log.files[event.file]):\(event.line)"))
        salesBreach(.salesReason, event, detail: detail, evidence: evidence)
    }

    /// `sales.sql_criteria` at an sql event, its own `set` applied.
    func judgeSQLCriteria(_ event: LeadEvent) {
        guard let stage = setup.contract.stages.sql, owes(event) else { return }
        if stage.when.evaluate(state) {
            ledger.settle(.salesSQLCriteria, .met, at: event.timestamp)
            return
        }
        if ledger.countsUnlisted(.salesSQLCriteria, breachedAt: event.timestamp) { return }
        let why = ExpressionExplainer.explain(stage.when, facts: state)
        salesBreach(.salesSQLCriteria, event, detail: "\(why) at sql", evidence: [EvidenceItem("criteria", setup.sqlCriteriaText)])
    }

    /// `marketing.mql_criteria` at a cycle-starting mql.
    func judgeMQLCriteria(_ event: LeadEvent, meets: Bool) {
        guard let stage = setup.contract.stages.mql else { return }
        if meets {
            ledger.settle(.marketingMQLCriteria, .met, at: event.timestamp)
            return
        }
        if ledger.countsUnlisted(.marketingMQLCriteria, breachedAt: event.timestamp) { return }
        var parts = ExpressionExplainer.failures(of: stage.when, facts: state)
        if let window = stage.activeWithinSeconds, state.countAnyActivity(windowSeconds: window) == 0 {
            parts.append("no activity in the \(DurationText.describe(seconds: window, business: false)) before")
        }
        var evidence = [EvidenceItem("criteria", setup.mqlCriteriaText)]
        evidence.append(EvidenceItem("score", ExpressionExplainer.formatScore(state.score(.total))))
        marketingBreach(
            .marketingMQLCriteria, event, detail: parts.joined(separator: "; ") + " at handoff", evidence: evidence)
    }

    /// `marketing.handoff_context` at a cycle-starting mql.
    func judgeHandoffContext(_ event: LeadEvent) {
        guard setup.defines(.marketingHandoffContext) else { return }
        let entries = context(of: event)
        let lacks = { (key: (name: String, id: Int32?)) -> Bool in
            guard let id = key.id else { return true }
            return !entries.contains { $0.key == id }
        }
        guard handoffKeys.contains(where: lacks) else {
            ledger.settle(.marketingHandoffContext, .met, at: event.timestamp)
            return
        }
        if ledger.countsUnlisted(.marketingHandoffContext, breachedAt: event.timestamp) { return }
        let missing = handoffKeys.filter(lacks).map(\.name)
        marketingBreach(
            .marketingHandoffContext, event, detail: "handoff context lacks \(missing.joined(separator: ", "))",
            evidence: [EvidenceItem("missing_keys", missing.joined(separator: ","))])
    }

    /// A marketing rule broken at `event`, owned by the mql's `by`, else `marketing`.
    private func marketingBreach(_ rule: AuditRule, _ event: LeadEvent, detail: String, evidence: [EvidenceItem]) {
        let owner = event.actor >= 0 ? log.strings[event.actor] : "marketing"
        ledger.breach(instantBreach(rule, event, owner: owner, detail: detail, evidence: evidence), resolvedAt: event.timestamp)
    }

    /// A sales rule broken at `event`. Its owner is read like every sales owner
    /// (`salesOwner` at the event's instant), once the cycle's assignments up to that instant
    /// are all known: in a cycle, one at the same instant may come later in the file, so the
    /// breach is held until the cycle finishes; outside one, at once.
    private func salesBreach(_ rule: AuditRule, _ event: LeadEvent, detail: String, evidence: [EvidenceItem]) {
        heldBreaches.append((instantBreach(rule, event, owner: "", detail: detail, evidence: evidence), event.timestamp))
        if cycle == nil { releaseHeldBreaches(of: nil) }
    }

    /// Records the held breaches, each owned by `done`'s owner at its moment (`unassigned`
    /// without a cycle).
    func releaseHeldBreaches(of done: HandoffCycle?) {
        guard !heldBreaches.isEmpty else { return }
        for (breach, moment) in heldBreaches {
            var owned = breach
            owned.owner = salesOwner(in: done, at: moment)
            ledger.breach(owned, resolvedAt: moment)
        }
        heldBreaches.removeAll(keepingCapacity: true)
    }

    private func instantBreach(_ rule: AuditRule, _ event: LeadEvent, owner: String, detail: String, evidence: [EvidenceItem]) -> Breach {
        let at = SalesClock.date(event.timestamp)
        return Breach(rule: rule, lead: leadName, owner: owner, due: at, resolvedAt: at, detail: detail, evidence: evidence)
    }
}
