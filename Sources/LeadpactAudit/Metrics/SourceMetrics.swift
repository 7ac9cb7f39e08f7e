/// The handoffs of one `source` (the mql context's), and what became of them.
public struct SourceMetrics: Hashable, Sendable {
    /// The source as written; `nil` for handoffs without one.
    public var source: String?
    /// Cycles handed off in the period.
    public var cycles: Int
    /// Of those, handoffs that met `marketing.mql_criteria`.
    public var meetingCriteria: Int
    /// Of those, cycles with an `sql`.
    public var sqls: Int
    /// Of those, cycles won.
    public var won: Int

    /// Creates a row.
    public init(source: String?, cycles: Int, meetingCriteria: Int, sqls: Int, won: Int) {
        self.source = source
        self.cycles = cycles
        self.meetingCriteria = meetingCriteria
        self.sqls = sqls
        self.won = won
    }

    /// sqls ÷ cycles.
    public var conversion: Double? { FunnelMetrics.rate(sqls, of: cycles) }
}
