import LeadpactCalendar
public import LeadpactContract

/// Writes a realistic, seeded lead-handoff log for a contract (SPEC §4 JSON lines): reps with
/// habits and working hours, holidays and DST, re-handoffs, duplicates, sloppy reasons and a
/// few malformed lines. The same contract, options and seed always give the same bytes.
///
/// Lines come out in the order a log export would receive them (by time, with a few late
/// syncs), through one reused buffer handed to `write` in chunks, so ten million events need
/// little memory.
public struct FixtureGenerator: Sendable {
    private let contract: Contract
    private let options: FixtureOptions
    private let spanStart: Int64
    private let spanEnd: Int64

    /// Prepares a generator; throws `FixtureError` for sizes out of range or missing calendars.
    public init(contract: Contract, options: FixtureOptions) throws {
        guard options.leads > 0, options.leads <= 50_000_000 else { throw FixtureError.badSize("--leads must be between 1 and 50000000") }
        guard options.weeks > 0, options.weeks <= 520 else { throw FixtureError.badSize("--weeks must be between 1 and 520") }
        guard !contract.calendars.isEmpty else { throw FixtureError.noCalendar }
        let midnight = Int64(options.start.daysSinceEpoch) * 86_400
        guard let zone = HourlyZoneOffsets(identifier: contract.metadata.timeZone, from: midnight - 3 * 86_400, to: midnight + 3 * 86_400) else {
            throw FixtureError.unknownTimeZone(contract.metadata.timeZone)
        }
        self.contract = contract
        self.options = options
        spanStart = zone.instant(ofLocal: midnight)
        let endMidnight = midnight + Int64(options.weeks) * 7 * 86_400
        spanEnd = HourlyZoneOffsets(identifier: contract.metadata.timeZone, from: endMidnight - 3 * 86_400, to: endMidnight + 3 * 86_400)
            .map { $0.instant(ofLocal: endMidnight) } ?? endMidnight
    }

    /// Generates the log, handing each full chunk (about 1 MiB) and the last one to `write`.
    @discardableResult
    public func generate(write: ([UInt8]) throws -> Void) throws -> FixtureSummary {
        var rng = SplitMix64(seed: options.seed)
        let blueprint = FixtureBlueprint(contract: contract)
        let names = contract.calendars.keys.sorted()
        var clocks: [WorkingClock] = []
        for name in names {
            guard let spec = contract.calendars[name] else { continue }
            guard let zone = HourlyZoneOffsets(identifier: spec.timeZone, from: spanStart - 2 * 86_400, to: spanEnd + 2 * 86_400) else {
                throw FixtureError.unknownTimeZone(spec.timeZone)
            }
            clocks.append(WorkingClock(spec: spec, zone: zone))
        }
        let clockIndex = Dictionary(uniqueKeysWithValues: clocks.enumerated().map { ($1.name, $0) })
        var reps: [SalesRep] = []
        var teams: [[Int]] = Array(repeating: [], count: clocks.count)
        var namer = RepNamer()
        // About one rep per 15 handoffs a week (at least three per region), split like the leads are.
        let handoffsPerWeek = Double(options.leads) * 0.7 / Double(options.weeks)
        for index in clocks.indices {
            let share = clocks[index].name == blueprint.defaultCalendar || clocks.count == 1 ? 0.62 : 0.38 / Double(max(1, clocks.count - 1))
            let team = SalesRep.team(clock: index, count: Int(handoffsPerWeek * share / 15) + 3, rng: &rng, namer: &namer)
            teams[index] = Array(reps.count..<(reps.count + team.count))
            reps += team
        }
        var storyteller = LeadStoryteller(
            blueprint: blueprint, clocks: clocks, clockIndex: clockIndex, reps: reps, teams: teams, spanEnd: spanEnd
        )
        let encoder = FixtureLineEncoder(blueprint: blueprint, clocks: clocks, reps: reps)
        let arrivals = leadArrivals(rng: &rng)

        var summary = FixtureSummary()
        summary.leads = arrivals.count
        summary.reps = reps.count
        var queue = FixtureEventQueue()
        var leads: [Int32: LeadRecord] = [:]
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20 + 4_096)
        var countsByKind = Array(repeating: 0, count: FixtureEventKind.allCases.count)

        func drain(before limit: Int64) throws {
            while let next = queue.first, next.arrival < limit, let event = queue.pop() {
                guard let lead = leads[event.lead] else { continue }
                encoder.append(event, of: lead, to: &buffer)
                countsByKind[Int(event.kind.rawValue)] += 1
                lead.pendingEvents -= 1
                if lead.pendingEvents <= 0 { leads[event.lead] = nil }
                if buffer.count >= 1 << 20 {
                    summary.bytes += buffer.count
                    try write(buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
        }

        for (index, arrival) in arrivals.enumerated() {
            try drain(before: arrival)
            let (record, events) = storyteller.tell(index: Int32(index), arrival: arrival, rng: &rng)
            guard !events.isEmpty else { continue }
            leads[Int32(index)] = record
            for event in events { queue.push(event) }
        }
        try drain(before: Int64.max)
        summary.bytes += buffer.count
        if !buffer.isEmpty { try write(buffer) }
        for kind in FixtureEventKind.allCases where countsByKind[Int(kind.rawValue)] > 0 {
            let count = countsByKind[Int(kind.rawValue)]
            summary.lines += count
            if kind.isBadLine { summary.badLines += count } else { summary.linesByType[kind.typeName, default: 0] += count }
        }
        return summary
    }

    /// When each lead is first seen: spread over the span, busier on weekdays and in office
    /// hours (in the contract's zone), in ascending order.
    private func leadArrivals(rng: inout SplitMix64) -> [Int64] {
        let zone = HourlyZoneOffsets(identifier: contract.metadata.timeZone, from: spanStart, to: spanEnd)
        let length = max(1, spanEnd - spanStart)
        var arrivals: [Int64] = []
        arrivals.reserveCapacity(options.leads)
        while arrivals.count < options.leads {
            let candidate = spanStart + Int64(rng.unit() * Double(length))
            let local = candidate + (zone?.offset(at: candidate) ?? 0)
            let hour = ((local % 86_400) + 86_400) % 86_400 / 3_600
            let weekday = ((local / 86_400) % 7 + 7 + 3) % 7  // 0 = Monday
            let weight = (weekday < 5 ? 1.0 : 0.35) * (hour >= 8 && hour < 19 ? 1.0 : 0.3)
            if rng.chance(weight) { arrivals.append(candidate) }
        }
        arrivals.sort()
        return arrivals
    }
}
