import LeadpactContract

extension LeadChecker {
    /// Records a finished (or still open) cycle: the breaches held for its owner, its timed
    /// obligations and its summary.
    func finish(_ done: HandoffCycle) {
        releaseHeldBreaches(of: done)
        if done.inForce {
            for obligation in [done.accept, done.firstTouch, done.sequence].compactMap({ $0 }) {
                record(obligation, of: done)
            }
        }
        let endOrPeriodEnd = done.endedAt ?? setup.to
        guard summarisesCycles, done.mqlAt < setup.to, endOrPeriodEnd >= setup.from else { return }
        let mql = done.mql
        let source = sourceKey.flatMap { key in context(of: mql).last { $0.key == key } }.map { log.strings[$0.value] }
        summaries.append(CycleSummary(
            lead: leadName,
            owner: salesOwner(in: done, at: endOrPeriodEnd),
            mqlAt: SalesClock.date(done.mqlAt),
            handedOffBy: mql.actor >= 0 ? log.strings[mql.actor] : nil,
            calendar: done.calendarName,
            source: source,
            meetsMQLCriteria: done.meetsMQLCriteria,
            inForce: done.inForce,
            acceptedAt: done.answeredAt.map(SalesClock.date),
            secondsToAccept: done.answeredAt.map { SalesClock.seconds(from: done.mqlAt, to: $0, calendar: done.calendar) },
            firstTouchAt: done.firstTouchAt.map(SalesClock.date),
            secondsToFirstTouch: done.firstTouchAt.map { SalesClock.seconds(from: done.mqlAt, to: $0, calendar: done.calendar) },
            touches: Dictionary(uniqueKeysWithValues: done.channelCounts.map { (log.strings[$0.channel], $0.count) }),
            sqlAt: done.sqlAt.map(SalesClock.date),
            end: done.end?.cycleEnd,
            endedAt: done.endedAt.map(SalesClock.date),
            endReason: done.endReason >= 0 ? log.strings[done.endReason] : nil,
            handoff: done.snapshot,
            sequence: done.sequence.map { sequence in
                SettledObligation(
                    status: sequence.status ?? .open,
                    resolvedAt: SalesClock.date(sequence.status == nil ? setup.to : sequence.resolvedAt))
            }))
    }

    private func record(_ obligation: CycleObligation, of done: HandoffCycle) {
        guard let status = obligation.status else {
            ledger.keepOpen(
                obligation.rule, lead: leadName, owner: salesOwner(in: done, at: setup.to), due: obligation.due,
                detail: openDetail(obligation, of: done))
            return
        }
        guard status == .breached else {
            ledger.settle(obligation.rule, status, at: obligation.resolvedAt)
            return
        }
        guard ledger.covers(obligation.resolvedAt) else {
            ledger.settle(obligation.rule, .breached, at: obligation.resolvedAt)
            return
        }
        let late = obligation.metAt.flatMap { $0 > obligation.due ? $0 : nil }
        let businessLate = late.flatMap { met in
            done.calendar.map { SalesClock.seconds(from: obligation.due, to: met, calendar: $0) }
        }
        ledger.breach(Breach(
            rule: obligation.rule, lead: leadName, owner: salesOwner(in: done, at: obligation.resolvedAt),
            due: SalesClock.date(obligation.due), resolvedAt: SalesClock.date(obligation.resolvedAt),
            metAt: late.map(SalesClock.date), lateBySeconds: late.map { ObligationLedger.seconds($0 - obligation.due) },
            lateByBusinessSeconds: businessLate, calendar: done.calendarName,
            explanation: explanation(obligation, of: done, late: late, businessLate: businessLate)),
            resolvedAt: obligation.resolvedAt)
    }

    /// The breach's detail, then its evidence: when the cycle was handed off, its calendar,
    /// the touches (sequence) and the expedite rule (first touch).
    private func explanation(_ obligation: CycleObligation, of done: HandoffCycle, late: Int64?, businessLate: Int64?) -> BreachExplanation {
        explainer.reset()
        writeDetail(obligation, of: done, late: late, businessLate: businessLate)
        explainer.item("mql_at")
        explainer.append(time: done.mqlAt, on: setup.reportClock)
        if let calendar = done.calendarName {
            explainer.item("calendar")
            explainer.append(calendar)
        }
        if obligation.rule == .salesSequence {
            explainer.item("touches")
            explainer.append { writeTouchSummary(done, into: &$0) }
        }
        if obligation.rule == .salesFirstTouch, let expedite = done.expedite {
            explainer.item("expedite")
            explainer.append(expedite)
        }
        return explainer.explanation()
    }

    /// E.g. `first touch at 2026-11-16T11:02:00-05:00 — 32 business minutes late`.
    private func writeDetail(_ obligation: CycleObligation, of done: HandoffCycle, late: Int64?, businessLate: Int64?) {
        if let note = obligation.note {
            explainer.append(note)
            return
        }
        func lateBy(_ met: Int64) {
            explainer.append(" — " as StaticString)
            if obligation.isBusiness, let businessLate {
                explainer.append { DurationText.write(seconds: businessLate, business: true, into: &$0) }
            } else {
                explainer.append { DurationText.write(seconds: ObligationLedger.seconds(met - obligation.due), business: false, into: &$0) }
            }
            explainer.append(" late" as StaticString)
        }
        func ending() {
            guard let endedAt = done.endedAt else { return }
            explainer.append(" (cycle ended " as StaticString)
            explainer.append(done.end?.name ?? "")
            explainer.append(" at " as StaticString)
            explainer.append(time: endedAt, on: setup.reportClock)
            explainer.append(")" as StaticString)
        }
        func expedited() {
            guard let expedite = done.expedite else { return }
            explainer.append(" (expedited: " as StaticString)
            explainer.append(expedite)
            explainer.append(")" as StaticString)
        }
        switch obligation.rule {
        case .salesAccept:
            if let late {
                explainer.append(done.answeredBy?.name ?? "accepted")
                explainer.append(" at " as StaticString)
                explainer.append(time: late, on: setup.reportClock)
                lateBy(late)
            } else {
                explainer.append("no accept, reject, disqualify or sql by " as StaticString)
                explainer.append(time: obligation.due, on: setup.reportClock)
                ending()
            }
        case .salesFirstTouch:
            if let late {
                explainer.append("first touch at " as StaticString)
                explainer.append(time: late, on: setup.reportClock)
                lateBy(late)
                expedited()
            } else {
                explainer.append("no touch by " as StaticString)
                explainer.append(time: obligation.due, on: setup.reportClock)
                expedited()
                ending()
            }
        default:
            if let late {
                explainer.append("sequence completed at " as StaticString)
                explainer.append(time: late, on: setup.reportClock)
                lateBy(late)
            } else {
                explainer.append { writeTouchSummary(done, into: &$0) }
                explainer.append(" by " as StaticString)
                explainer.append(time: obligation.due, on: setup.reportClock)
                ending()
            }
        }
    }

    private func openDetail(_ obligation: CycleObligation, of done: HandoffCycle) -> String {
        switch obligation.rule {
        case .salesAccept: "awaiting accept, reject, disqualify or sql"
        case .salesFirstTouch: "awaiting first touch" + (done.expedite.map { " (expedited: \($0))" } ?? "")
        default: "\(touchSummary(done)) so far"
        }
    }
}
