import LeadpactCalendar

/// How a handoff cycle ends in the story.
private enum CycleOutcome: CaseIterable {
    case qualified, disqualified, recycled, renurtured, stillWorking
}

extension LeadStoryteller {
    /// Tells one handoff cycle starting with an `mql` at `handoff`; returns when it ended, or
    /// `nil` when it is still open at the export's end.
    mutating func tellCycle(handoff: Int64, rng: inout SplitMix64) -> Int64? {
        guard handoff < spanEnd else { return nil }
        let urgent = isUrgent(at: handoff)
        record.contexts.append(handoffContext(rng: &rng))
        let contextIndex = Int32(record.contexts.count - 1)
        add(.mql, at: handoff, detail: contextIndex, rng: &rng)
        let team = teams[record.clock]
        let repIndex = team.isEmpty ? 0 : team[rng.int(in: 0...(team.count - 1))]
        let rep = reps[repIndex]
        let clock = clocks[record.clock]
        let unassigned = rng.chance(0.015)
        if !unassigned {
            // Routing is automatic and usually takes seconds; now and then a manager routes by hand.
            let routing = rng.chance(0.9) ? rng.int(in: 5...90) : rng.int(in: 120...900)
            add(.assigned, at: handoff + Int64(routing), actor: repIndex, rng: &rng)
        }

        let acceptDelay = rng.skewed(median: rep.acceptMedianMinutes * 60 * (unassigned ? 3 : 1), spread: 2.2)
        let response = clock.adding(workingSeconds: Int64(acceptDelay), to: handoff)
        var end: Int64?
        defer {
            if rng.chance(0.03) {
                let duplicate = handoff + Int64(rng.int(in: 300...10_800))
                if duplicate < (end ?? Int64.max) { add(.mql, at: duplicate, detail: contextIndex, rng: &rng) }
            }
        }
        if rng.chance(0.07) {
            end = response
            add(.rejected, at: response, actor: repIndex, detail: reason(["wrong_industry", "competitor", "bad_timing", "no_budget"], rep, &rng), rng: &rng)
            return response < spanEnd ? response : nil
        }
        if rng.chance(0.02) {
            end = response
            add(.disqualified, at: response, actor: repIndex, detail: reason(["contact_left"], rep, &rng), rng: &rng)
            return response < spanEnd ? response : nil
        }
        add(.accepted, at: response, actor: repIndex, rng: &rng)

        let outcome = [CycleOutcome.qualified, .disqualified, .recycled, .renurtured, .stillWorking][rng.weightedIndex([0.25, 0.12, 0.33, 0.07, 0.23])]
        let diligent = outcome != .qualified && rng.chance(rep.diligence)
        let channels = touchChannels(count: outcome == .qualified ? rng.int(in: 1...4) : diligent ? blueprint.sequenceTouches + rng.int(in: 0...2) : rng.int(in: 2...5), diligent: diligent, rng: &rng)
        let window = sequenceWindowSeconds(clock)
        var moment: Int64
        if urgent, rng.chance(rep.urgency) {
            // Jumps on it within minutes when at work, else first thing at the next opening.
            let quick = handoff + Int64(rng.int(in: 60...420))
            moment = clock.isOpen(at: quick) ? quick : clock.adding(workingSeconds: Int64(rng.int(in: 60...1_200)), to: quick)
        } else {
            let base = rng.chance(0.05) ? handoff : response
            moment = clock.adding(workingSeconds: Int64(rng.skewed(median: rep.touchMedianMinutes * 60, spread: 2.5)), to: base)
        }
        for (number, channel) in channels.enumerated() {
            if number > 0 {
                let share = Double(window) * (diligent ? 0.75 : 1.3) / Double(max(1, channels.count))
                moment = clock.adding(workingSeconds: Int64(share * (0.4 + rng.unit() * 1.2)), to: moment)
            }
            add(.touch, at: moment, actor: repIndex, detail: Int32(channel), rng: &rng)
        }
        let wrapUp = clock.adding(workingSeconds: Int64(rng.skewed(median: Double(clock.secondsPerWorkingDay), spread: 2)), to: moment)
        switch outcome {
        case .qualified:
            record.sqlSets.append(sqlSet(meets: rng.chance(0.9), rng: &rng))
            add(.sql, at: wrapUp, actor: repIndex, detail: Int32(record.sqlSets.count - 1), rng: &rng)
            let close = clock.adding(workingSeconds: Int64(rng.int(in: 5...30)) * clock.secondsPerWorkingDay, to: wrapUp)
            switch rng.weightedIndex([0.3, 0.35, 0.35]) {
            case 0: add(.won, at: close, actor: repIndex, rng: &rng); end = close
            case 1: add(.lost, at: close, actor: repIndex, rng: &rng); end = close
            default: return nil
            }
            return nil
        case .disqualified:
            add(.disqualified, at: wrapUp, actor: repIndex, detail: reason(["no_budget", "wrong_industry", "contact_left", "competitor"], rep, &rng), rng: &rng)
        case .recycled:
            add(.recycled, at: wrapUp, actor: repIndex, detail: reason(rng.chance(0.75) ? ["no_response"] : ["bad_timing"], rep, &rng), rng: &rng)
        case .renurtured:
            add(.renurture, at: wrapUp, actor: repIndex, detail: reason(["bad_timing", "no_budget"], rep, &rng), rng: &rng)
        case .stillWorking:
            return nil
        }
        end = wrapUp
        return wrapUp < spanEnd ? wrapUp : nil
    }

    /// Whether the lead did something the contract's `expedite` rules watch for, recently.
    private func isUrgent(at instant: Int64) -> Bool {
        blueprint.urgentActivities.contains { urgent in
            events.contains { $0.kind == .activity && $0.detail == Int32(urgent.index) && $0.timestamp <= instant && instant - $0.timestamp <= urgent.windowSeconds }
        }
    }

    /// The touch sequence window in working seconds on `clock`.
    private func sequenceWindowSeconds(_ clock: WorkingClock) -> Int64 {
        switch blueprint.sequenceWithin {
        case .businessDays(let days)?: Int64(days) * clock.secondsPerWorkingDay
        case .businessTime(seconds: let seconds)?: seconds
        case .wallClock(seconds: let seconds)?: seconds / 3
        case nil: 10 * clock.secondsPerWorkingDay
        }
    }

    /// Channel indices for `count` touches: a diligent rep covers every channel minimum first.
    private func touchChannels(count: Int, diligent: Bool, rng: inout SplitMix64) -> [Int] {
        var picks: [Int] = []
        if diligent {
            for (index, channel) in blueprint.channels.enumerated() {
                picks += Array(repeating: index, count: blueprint.channelMinimums[channel] ?? 0)
            }
        }
        let weights = blueprint.channels.map { $0 == "linkedin" ? 0.25 : 1.0 }
        while picks.count < count { picks.append(rng.weightedIndex(weights)) }
        for index in stride(from: picks.count - 1, to: 0, by: -1) {
            picks.swapAt(index, rng.int(in: 0...index))
        }
        return picks
    }

    /// A reason code: one of `preferred` that the contract lists (else any listed reason), or —
    /// for a sloppy rep — a missing, blank or misspelled one.
    private func reason(_ preferred: [String], _ rep: SalesRep, _ rng: inout SplitMix64) -> Int32 {
        let listed = blueprint.reasons
        let candidates = preferred.compactMap { listed.firstIndex(of: $0) }
        guard let pick = rng.element(of: candidates.isEmpty ? Array(listed.indices) : candidates) else { return ReasonCode.missing }
        guard rng.chance(rep.sloppiness) else { return ReasonCode.listed(pick) }
        switch rng.weightedIndex([0.4, 0.15, 0.45]) {
        case 0: return ReasonCode.missing
        case 1: return ReasonCode.blank
        default: return ReasonCode.misspelled(pick)
        }
    }

    /// The `context` marketing attaches; about one in twenty-five misses a key or leaves one blank.
    private func handoffContext(rng: inout SplitMix64) -> HandoffContext {
        let sources = ["webinar", "paid_search", "organic", "event", "partner", "outbound", "content_syndication"]
        var entries: [(key: String, value: String?)] = blueprint.contextKeys.map { key in
            switch key {
            case "source": (key, rng.element(of: sources))
            case "trigger": (key, triggerText())
            default: (key, "\(key)-\(rng.int(in: 1...40))")
            }
        }
        if !entries.isEmpty, rng.chance(0.04) {
            let victim = rng.int(in: 0...(entries.count - 1))
            if rng.chance(0.5) { entries.remove(at: victim) } else { entries[victim].value = nil }
        }
        return HandoffContext(entries: entries)
    }

    /// `pricing_view x3`: the lead's most frequent activity so far.
    private func triggerText() -> String {
        var counts: [Int32: Int] = [:]
        for event in events where event.kind == .activity { counts[event.detail, default: 0] += 1 }
        guard let top = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }),
              Int(top.key) < blueprint.activities.count
        else { return "score threshold" }
        return "\(blueprint.activities[Int(top.key)]) x\(top.value)"
    }

    /// The attributes a rep records when qualifying: a good fit unless `meets` is false.
    private func sqlSet(meets: Bool, rng: inout SplitMix64) -> [(field: String, value: FixtureValue)] {
        blueprint.fields.filter { blueprint.sqlFields.contains($0.name) }.map { field in
            (field.name, FixtureValueSampler.value(field: field.name, type: field.type, fit: meets || rng.chance(0.5), rng: &rng))
        }
    }
}
