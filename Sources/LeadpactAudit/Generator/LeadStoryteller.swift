/// Invents one lead's life: its profile and activities, the handoffs marketing makes, and what
/// the assigned rep does with each one (accept or reject, touch, qualify, give up, win, lose),
/// with the rep's habits and working hours deciding when things happen.
struct LeadStoryteller {
    let blueprint: FixtureBlueprint
    let clocks: [WorkingClock]
    /// Calendar name → index into `clocks`.
    let clockIndex: [String: Int]
    let reps: [SalesRep]
    /// Rep indices per clock.
    let teams: [[Int]]
    /// Events at or after this instant are not written (the export's end).
    let spanEnd: Int64
    /// Creation counter shared by all leads, for stable ordering.
    var sequence: UInt64 = 0
    /// The lead being told and its events so far.
    var record = LeadRecord(id: "", clock: 0)
    var events: [FixtureEvent] = []
    var leadIndex: Int32 = 0

    /// Tells the story of lead `index`, first seen at `arrival`.
    mutating func tell(index: Int32, arrival: Int64, rng: inout SplitMix64) -> (LeadRecord, [FixtureEvent]) {
        leadIndex = index
        events = []
        let willHandOff = rng.chance(0.55)
        let fit = willHandOff && rng.chance(0.88)
        var profile: [(field: String, value: FixtureValue)] = []
        var clock = clockIndex[blueprint.defaultCalendar] ?? 0
        for (name, type) in blueprint.fields where !blueprint.sqlFields.contains(name) {
            if name == blueprint.routingField, let value = FixtureValueSampler.routingValue(type: type, rng: &rng) {
                profile.append((name, value))
                if case .text(let text) = value, let calendar = blueprint.calendarByValue[text], let found = clockIndex[calendar] {
                    clock = found
                }
                continue
            }
            let leans = fit && blueprint.mqlFields.contains(name)
            profile.append((name, FixtureValueSampler.value(field: name, type: type, fit: leans, rng: &rng)))
        }
        record = LeadRecord(id: "L-\(100_000 + Int(index))", clock: clock)
        record.profileSets.append(profile)
        add(.profile, at: arrival, detail: 0, rng: &rng)
        if rng.chance(0.08) { updateProfile(after: arrival, rng: &rng) }
        addBadLines(around: arrival, rng: &rng)

        var moment = activityBurst(from: arrival, count: willHandOff ? rng.int(in: 3...7) : rng.int(in: 1...4), keen: willHandOff, topUp: fit, rng: &rng)
        guard willHandOff else { return (record, events) }
        for round in 0..<3 {
            let handoff = moment + Int64(rng.int(in: 120...2_700))
            guard let cycleEnd = tellCycle(handoff: handoff, rng: &rng), round < 2, rng.chance(0.4) else { break }
            let comeback = cycleEnd + Int64(rng.int(in: 21...70)) * 86_400
            moment = activityBurst(from: comeback, count: rng.int(in: 2...5), keen: true, topUp: fit, rng: &rng)
        }
        return (record, events)
    }

    /// Adds an event unless it falls after the export's end; 1.5% reach the export late.
    mutating func add(_ kind: FixtureEventKind, at instant: Int64, actor: Int = -1, detail: Int32 = 0, rng: inout SplitMix64) {
        guard instant < spanEnd else { return }
        let late = rng.chance(0.015) ? Int64(rng.int(in: 3_600...172_800)) : 0
        sequence &+= 1
        events.append(FixtureEvent(
            timestamp: instant, arrival: instant + late, sequence: sequence, lead: leadIndex,
            kind: kind, actor: Int32(actor), detail: detail
        ))
        record.pendingEvents += 1
    }

    /// Logs `count` activities spread over the following days; returns the last one's time.
    /// With `topUp`, goes on (up to eight more) until the lead's behaviour points clear the MQL
    /// score bar, as marketing automation hands a lead off when its score crosses it.
    private mutating func activityBurst(from start: Int64, count: Int, keen: Bool, topUp: Bool = false, rng: inout SplitMix64) -> Int64 {
        var moment = start
        let weights = keen ? blueprint.keenActivityWeights : blueprint.activityWeights
        var counts = Array(repeating: 0, count: blueprint.activities.count)
        var logged = 0
        while logged < count || (topUp && logged < count + 8 && implicitPoints(counts) < blueprint.handoffImplicitPoints) {
            moment = daytime(moment + Int64(rng.skewed(median: 5 * 3_600, spread: 4)), rng: &rng)
            let activity = rng.weightedIndex(weights)
            if activity < counts.count { counts[activity] += 1 }
            add(.activity, at: moment, detail: Int32(activity), rng: &rng)
            logged += 1
        }
        if keen, let urgent = blueprint.urgentActivities.first, rng.chance(0.15) {
            moment += Int64(rng.int(in: 60...7_200))
            add(.activity, at: moment, detail: Int32(urgent.index), rng: &rng)
        }
        return moment
    }

    /// People browse mostly by day: a moment between 20:00 and 07:00 in the lead's zone moves
    /// on by ten hours, four times in five.
    private func daytime(_ instant: Int64, rng: inout SplitMix64) -> Int64 {
        let local = instant + clocks[record.clock].zone.offset(at: instant)
        let hour = ((local % 86_400) + 86_400) % 86_400 / 3_600
        return (hour >= 20 || hour < 7) && rng.chance(0.8) ? instant + 10 * 3_600 : instant
    }

    /// Behaviour points of `counts` activities, without decay.
    private func implicitPoints(_ counts: [Int]) -> Int {
        zip(counts, blueprint.implicitPoints).reduce(0) { total, pair in
            total + min(pair.0, pair.1.max ?? Int.max) * pair.1.points
        }
    }

    /// A later profile line changing one attribute (a job change, a company that grew).
    private mutating func updateProfile(after arrival: Int64, rng: inout SplitMix64) {
        let candidates = blueprint.fields.filter { !blueprint.sqlFields.contains($0.name) && $0.name != blueprint.routingField }
        guard let (name, type) = rng.element(of: candidates) else { return }
        record.profileSets.append([(name, FixtureValueSampler.value(field: name, type: type, fit: rng.chance(0.5), rng: &rng))])
        add(.profile, at: arrival + Int64(rng.int(in: 3_600...(30 * 86_400))), detail: Int32(record.profileSets.count - 1), rng: &rng)
    }

    /// About one lead in thirty gets a malformed line of each kind somewhere in its first weeks.
    private mutating func addBadLines(around arrival: Int64, rng: inout SplitMix64) {
        for kind in [FixtureEventKind.missingOffset, .unknownActivity, .brokenJSON] where rng.chance(0.01) {
            add(kind, at: arrival + Int64(rng.int(in: 600...(20 * 86_400))), detail: Int32(rng.int(in: 0...max(0, blueprint.activities.count - 1))), rng: &rng)
        }
    }
}
