import LeadpactCalendar

/// One handoff cycle of a lead: from its `mql` to its end, with the timed sales
/// obligations it owes and the facts the metrics read.
/// Its stored properties are `@exclusivity(unchecked)`, as `LeadChecker` explains.
final class HandoffCycle {
    /// The mql's timestamp (milliseconds).
    let mqlAt: Int64
    /// The mql event.
    let mql: LeadEvent
    /// Whether the cycle owes anything (its mql lies in the contract's effective span).
    let inForce: Bool
    /// The calendar chosen at the mql.
    let calendarName: String?
    let calendar: BusinessCalendar?
    /// Whether the mql met `marketing.mql_criteria` (true without an mql stage).
    let meetsMQLCriteria: Bool
    /// The expedite rule applied to `sales.first_touch`, as written.
    let expedite: String?
    /// `(timestamp, assignee)` of the cycle's `assigned` events, in order.
    @exclusivity(unchecked) var assignments: [(at: Int64, to: Int32)] = []
    /// The first accepted/rejected/disqualified/sql, and which it was.
    @exclusivity(unchecked) var answeredAt: Int64?
    @exclusivity(unchecked) var answeredBy: EventKind?
    /// The first touch.
    @exclusivity(unchecked) var firstTouchAt: Int64?
    /// Touches so far, and per channel (interned channel → count).
    @exclusivity(unchecked) var touchCount = 0
    @exclusivity(unchecked) var channelCounts: [(channel: Int32, count: Int)] = []
    /// The first sql.
    @exclusivity(unchecked) var sqlAt: Int64?
    /// How and when the cycle ended, and the end's reason (see `LeadEvent.Payload`).
    @exclusivity(unchecked) var end: EventKind?
    @exclusivity(unchecked) var endedAt: Int64?
    @exclusivity(unchecked) var endReason: Int32 = LeadEvent.Payload.none
    /// The scoring model's view at the mql, when cycles are summarised.
    @exclusivity(unchecked) var snapshot: HandoffSnapshot?
    /// The timed obligations; `nil` when the contract does not define them or the cycle
    /// owes nothing.
    @exclusivity(unchecked) var accept: CycleObligation?
    @exclusivity(unchecked) var firstTouch: CycleObligation?
    @exclusivity(unchecked) var sequence: CycleObligation?

    /// A cycle started by an mql.
    init(
        mqlAt: Int64, mql: LeadEvent, inForce: Bool, calendarName: String?, calendar: BusinessCalendar?,
        meetsMQLCriteria: Bool, expedite: String?
    ) {
        self.mqlAt = mqlAt
        self.mql = mql
        self.inForce = inForce
        self.calendarName = calendarName
        self.calendar = calendar
        self.meetsMQLCriteria = meetsMQLCriteria
        self.expedite = expedite
    }

    /// Touches logged on the interned `channel` (a cycle has few channels, so a short list
    /// beats hashing).
    func touches(on channel: Int32) -> Int {
        channelCounts.first { $0.channel == channel }?.count ?? 0
    }

    /// Counts one more touch on `channel`.
    func countTouch(on channel: Int32) {
        touchCount += 1
        if let index = channelCounts.firstIndex(where: { $0.channel == channel }) {
            channelCounts[index].count += 1
        } else {
            channelCounts.append((channel, 1))
        }
    }

    /// The assignee of the last `assigned` at or before `moment`, if any.
    func owner(at moment: Int64) -> Int32? {
        assignments.last { $0.at <= moment }?.to
    }

    /// Breaches every pending obligation whose due time is before `now`.
    func expire(before now: Int64) {
        accept?.expire(before: now)
        firstTouch?.expire(before: now)
        sequence?.expire(before: now)
    }
}
