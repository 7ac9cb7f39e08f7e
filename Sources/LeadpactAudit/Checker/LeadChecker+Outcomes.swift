import LeadpactContract

extension LeadChecker {
    /// Records a finished (or still open) cycle: its timed obligations and its summary.
    func finish(_ done: HandoffCycle) {
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
            endReason: done.endReason >= 0 ? log.strings[done.endReason] : nil))
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
        guard ledger.covers(obligation.resolvedAt) else { return }
        let late = obligation.metAt.flatMap { $0 > obligation.due ? $0 : nil }
        let businessLate = late.flatMap { met in
            done.calendar.map { SalesClock.seconds(from: obligation.due, to: met, calendar: $0) }
        }
        var evidence = [EvidenceItem("mql_at", setup.time(done.mqlAt))]
        if let calendar = done.calendarName { evidence.append(EvidenceItem("calendar", calendar)) }
        if obligation.rule == .salesSequence { evidence.append(EvidenceItem("touches", touchSummary(done))) }
        if obligation.rule == .salesFirstTouch, let expedite = done.expedite {
            evidence.append(EvidenceItem("expedite", expedite))
        }
        ledger.breach(Breach(
            rule: obligation.rule, lead: leadName, owner: salesOwner(in: done, at: obligation.resolvedAt),
            due: SalesClock.date(obligation.due), resolvedAt: SalesClock.date(obligation.resolvedAt),
            metAt: late.map(SalesClock.date), lateBySeconds: late.map { ObligationLedger.seconds($0 - obligation.due) },
            lateByBusinessSeconds: businessLate, calendar: done.calendarName,
            detail: breachDetail(obligation, of: done, late: late, businessLate: businessLate), evidence: evidence),
            resolvedAt: obligation.resolvedAt)
    }

    private func breachDetail(_ obligation: CycleObligation, of done: HandoffCycle, late: Int64?, businessLate: Int64?) -> String {
        if let note = obligation.note { return note }
        let lateness = late.map { met in
            if obligation.isBusiness, let businessLate {
                return DurationText.describe(seconds: businessLate, business: true)
            }
            return DurationText.describe(seconds: ObligationLedger.seconds(met - obligation.due), business: false)
        }
        let ending = done.endedAt.map { " (cycle ended \(done.end?.name ?? "") at \(setup.time($0)))" } ?? ""
        switch obligation.rule {
        case .salesAccept:
            if let late, let lateness {
                return "\(done.answeredBy?.name ?? "accepted") at \(setup.time(late)) — \(lateness) late"
            }
            return "no accept, reject, disqualify or sql by \(setup.time(obligation.due))\(ending)"
        case .salesFirstTouch:
            let expedited = done.expedite.map { " (expedited: \($0))" } ?? ""
            if let late, let lateness {
                return "first touch at \(setup.time(late)) — \(lateness) late\(expedited)"
            }
            return "no touch by \(setup.time(obligation.due))\(expedited)\(ending)"
        default:
            if let late, let lateness {
                return "sequence completed at \(setup.time(late)) — \(lateness) late"
            }
            return "\(touchSummary(done)) by \(setup.time(obligation.due))\(ending)"
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
