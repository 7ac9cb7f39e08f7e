public import Foundation

/// How a handoff cycle ended.
public enum CycleEnd: String, Hashable, Sendable, CaseIterable {
    case rejected, disqualified, recycled, renurture, won, lost
}

/// One handoff cycle, as the metrics read it: the timeline from the mql to its end.
public struct CycleSummary: Hashable, Sendable {
    /// The lead id.
    public var lead: String
    /// The sales owner at the cycle's end (or the period's end while open), else `unassigned`.
    public var owner: String
    /// The mql that started the cycle.
    public var mqlAt: Date
    /// The mql's `by`, if given.
    public var handedOffBy: String?
    /// The calendar the cycle's sales clock runs on, if one applies.
    public var calendar: String?
    /// The mql context's `source`, if given.
    public var source: String?
    /// Whether the mql met `marketing.mql_criteria` (true when the contract has no mql stage).
    public var meetsMQLCriteria: Bool
    /// Whether the cycle owes anything (its mql lies in the contract's effective span).
    public var inForce: Bool
    /// The first `accepted`, `rejected`, `disqualified` or `sql` of the cycle.
    public var acceptedAt: Date?
    /// Business seconds (wall seconds without a calendar) from the mql to `acceptedAt`.
    public var secondsToAccept: Int64?
    /// The first `touch` of the cycle.
    public var firstTouchAt: Date?
    /// Business seconds (wall seconds without a calendar) from the mql to `firstTouchAt`.
    public var secondsToFirstTouch: Int64?
    /// Touches logged in the cycle, by channel.
    public var touches: [String: Int]
    /// The first `sql` of the cycle.
    public var sqlAt: Date?
    /// How the cycle ended, if it has (before the period's end).
    public var end: CycleEnd?
    /// When it ended.
    public var endedAt: Date?
    /// The end's reason as written, if it was a string.
    public var endReason: String?
    /// The scoring model's view at the mql.
    public var handoff: HandoffSnapshot?
    /// How the cycle's `sales.sequence` obligation resolved, when it owed one.
    public var sequence: SettledObligation?

    /// Creates a summary.
    public init(
        lead: String, owner: String, mqlAt: Date, handedOffBy: String?, calendar: String?, source: String?,
        meetsMQLCriteria: Bool, inForce: Bool, acceptedAt: Date? = nil, secondsToAccept: Int64? = nil,
        firstTouchAt: Date? = nil, secondsToFirstTouch: Int64? = nil, touches: [String: Int] = [:],
        sqlAt: Date? = nil, end: CycleEnd? = nil, endedAt: Date? = nil, endReason: String? = nil,
        handoff: HandoffSnapshot? = nil, sequence: SettledObligation? = nil
    ) {
        self.lead = lead
        self.owner = owner
        self.mqlAt = mqlAt
        self.handedOffBy = handedOffBy
        self.calendar = calendar
        self.source = source
        self.meetsMQLCriteria = meetsMQLCriteria
        self.inForce = inForce
        self.acceptedAt = acceptedAt
        self.secondsToAccept = secondsToAccept
        self.firstTouchAt = firstTouchAt
        self.secondsToFirstTouch = secondsToFirstTouch
        self.touches = touches
        self.sqlAt = sqlAt
        self.end = end
        self.endedAt = endedAt
        self.endReason = endReason
        self.handoff = handoff
        self.sequence = sequence
    }

    /// Whether the cycle ended won.
    public var isWon: Bool { end == .won }
    /// Whether the cycle ended lost.
    public var isLost: Bool { end == .lost }
}
