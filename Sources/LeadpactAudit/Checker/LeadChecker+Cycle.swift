import LeadpactCalendar
import LeadpactContract
import LeadpactExpressions

extension LeadChecker {
    /// An mql: starts a cycle (judging the marketing rules on it), or, while one is open,
    /// is a duplicate handoff that no rule judges.
    func startCycle(_ event: LeadEvent) {
        guard cycle == nil else {
            issues.append(InputIssue(
                file: log.files[event.file], line: Int(event.line),
                message: "duplicate handoff: lead \(leadName) already has an open cycle; this mql starts none and is judged by no rule",
                isBadLine: false))
            return
        }
        let inForce = setup.inForce(event.timestamp)
        let chosen = setup.clock.chooseCalendar(for: state)
        let meets = meetsMQLCriteria()
        let expedite = setup.sales?.expediteRule(for: state)
        let started = HandoffCycle(
            mqlAt: event.timestamp, mql: event, inForce: inForce, calendarName: chosen?.name,
            calendar: chosen?.calendar, meetsMQLCriteria: meets, expedite: expedite?.text)
        if inForce, let sales = setup.sales {
            let firstTouchWithin = expedite?.firstTouchWithin ?? sales.firstTouchWithin
            let needsCalendar = sales.acceptWithin?.isBusiness == true || firstTouchWithin?.isBusiness == true
                || sales.sequenceWithin?.isBusiness == true
            if needsCalendar && chosen == nil {
                issues.append(InputIssue(
                    file: log.files[event.file], line: Int(event.line),
                    message: "lead \(leadName) has no sales calendar (sales.calendar maps its value to none and has no default): its business-time obligations are not judged",
                    isBadLine: false))
            }
            let due = { (duration: SLADuration) in
                SalesClock.due(after: event.timestamp, duration, calendar: chosen?.calendar)
            }
            if let within = sales.acceptWithin, let at = due(within) {
                started.accept = CycleObligation(rule: .salesAccept, due: at, isBusiness: within.isBusiness)
            }
            if let within = firstTouchWithin, let at = due(within) {
                started.firstTouch = CycleObligation(rule: .salesFirstTouch, due: at, isBusiness: within.isBusiness)
            }
            if let within = sales.sequenceWithin, let at = due(within) {
                started.sequence = CycleObligation(rule: .salesSequence, due: at, isBusiness: within.isBusiness)
                if sequenceComplete(started) { started.sequence?.fulfil(at: event.timestamp) }
            }
        }
        if inForce {
            judgeMQLCriteria(event, meets: meets)
            judgeHandoffContext(event)
        }
        if summarisesCycles && setup.snapshotsHandoffs { started.snapshot = handoffSnapshot() }
        cycleFactIndex = facts.count
        facts.append(CycleFact(
            mqlAt: event.timestamp, inForce: inForce, meetsMQLCriteria: meets,
            segments: segmentHits(), sqlAt: nil))
        cycle = started
    }

    /// Whether the lead meets `stages.mql.when` and was active within `active_within`.
    func meetsMQLCriteria() -> Bool {
        guard let stage = setup.contract.stages.mql else { return true }
        if let window = stage.activeWithinSeconds, state.countAnyActivity(windowSeconds: window) == 0 {
            return false
        }
        return stage.when.evaluate(state)
    }

    /// The score, explicit rules and activities at the mql, and the mql criteria apart from
    /// their score threshold.
    private func handoffSnapshot() -> HandoffSnapshot {
        var besidesScore: Bool?
        if let stage = setup.contract.stages.mql, let split = MQLScoreThreshold(stage.when) {
            let active = stage.activeWithinSeconds.map { state.countAnyActivity(windowSeconds: $0) > 0 } ?? true
            besidesScore = active && (split.rest?.evaluate(state) ?? true)
        }
        return HandoffSnapshot(
            score: state.score(.total), explicitRulesHeld: state.explicitRulesHeld(),
            activitiesLogged: state.activitiesLogged(), meetsMQLCriteriaBesidesScore: besidesScore)
    }

    /// Bit i (of word i / 64): volume target i's `where` holds now (always, without one).
    private func segmentHits() -> [UInt64] {
        let targets = setup.contract.marketing?.volume ?? []
        guard !targets.isEmpty else { return [] }
        var words = [UInt64](repeating: 0, count: (targets.count + 63) / 64)
        for (i, target) in targets.enumerated() where target.segment?.evaluate(state) ?? true {
            words[i / 64] |= 1 << UInt64(i % 64)
        }
        return words
    }

    /// A cycle end: settles the timed obligations still pending, then records the cycle.
    func endCycle(_ event: LeadEvent) {
        guard let ending = cycle else { return }
        cycle = nil
        ending.end = event.kind
        ending.endedAt = event.timestamp
        ending.endReason = event.kind.carriesReason ? event.text : LeadEvent.Payload.none
        ending.accept?.waive(at: event.timestamp)
        ending.firstTouch?.waive(at: event.timestamp)
        if let sequence = ending.sequence, sequence.isPending {
            let reasonMissing = event.text == LeadEvent.Payload.none
            let breaks = [.recycled, .renurture, .disqualified].contains(event.kind)
                && (reasonMissing || (noResponse != nil && event.text == noResponse))
            if breaks && event.timestamp < sequence.due {
                let reason = reasonMissing ? "without a reason" : "with reason no_response"
                let broken = "\(event.kind.name) \(reason) at \(setup.time(event.timestamp)) after \(touchSummary(ending)) before the sequence was due"
                ending.sequence?.breakNow(at: event.timestamp, because: broken)
            } else {
                ending.sequence?.waive(at: event.timestamp)
            }
        }
        finish(ending)
    }

    /// `3 of 7 touches (call 1/3, email 2/3)`.
    func touchSummary(_ cycle: HandoffCycle) -> String {
        var text: [UInt8] = []
        writeTouchSummary(cycle, into: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends `touchSummary(cycle)` as UTF-8.
    func writeTouchSummary(_ cycle: HandoffCycle, into text: inout [UInt8]) {
        text.appendDecimal(Int64(cycle.touchCount))
        guard let touches = setup.sales?.sequenceTouches else {
            text.append(" touches" as StaticString)
            return
        }
        text.append(" of " as StaticString)
        text.appendDecimal(Int64(touches))
        text.append(" touches" as StaticString)
        guard !sequenceChannels.isEmpty else { return }
        for (index, channel) in sequenceChannels.enumerated() {
            text.append(index == 0 ? " (" as StaticString : ", ")
            text.append(channel.name)
            text.append(" " as StaticString)
            text.appendDecimal(Int64(channel.id.map { cycle.touches(on: $0) } ?? 0))
            text.append("/" as StaticString)
            text.appendDecimal(Int64(channel.minimum))
        }
        text.append(")" as StaticString)
    }
}
