/// One sales owner's period: workload, speed and breaches.
public struct OwnerMetrics: Hashable, Sendable {
    /// The owner's name, `unassigned`, or `marketing` for marketing's own breaches.
    public var owner: String
    /// Cycles handed off to them in the period.
    public var cycles: Int
    /// Breaches they answer for in the period.
    public var breaches: Int
    /// Business seconds to accept, over the cycles they answered in the period.
    public var timeToAccept: DurationStatistics
    /// Business seconds to first touch, over the cycles they first touched in the period.
    public var timeToFirstTouch: DurationStatistics
    /// Cycles of theirs with an `sql` in the period.
    public var sqls: Int
    /// Cycles of theirs won in the period.
    public var won: Int

    /// Creates a row.
    public init(owner: String, cycles: Int, breaches: Int, timeToAccept: DurationStatistics,
                timeToFirstTouch: DurationStatistics, sqls: Int, won: Int) {
        self.owner = owner
        self.cycles = cycles
        self.breaches = breaches
        self.timeToAccept = timeToAccept
        self.timeToFirstTouch = timeToFirstTouch
        self.sqls = sqls
        self.won = won
    }
}
