/// What other MQL score thresholds would have done to the period's handoffs: for each, how
/// many would have qualified and how many of those reached an SQL.
public struct ThresholdSweep: Hashable, Sendable {
    /// The contract's threshold (`N` of `score >= N` in `stages.mql.when`), if it has one.
    public var threshold: Double?
    /// From half to one and a half times the threshold, in tenths; empty without one.
    public var points: [SweepPoint]
    /// Why there is no sweep, when there is none.
    public var note: String?

    /// Creates a sweep.
    public init(threshold: Double?, points: [SweepPoint], note: String?) {
        self.threshold = threshold
        self.points = points
        self.note = note
    }
}

/// One threshold of the sweep.
public struct SweepPoint: Hashable, Sendable {
    /// The score threshold tried.
    public var threshold: Double
    /// Whether it is the contract's own.
    public var isCurrent: Bool
    /// The handoffs that would have qualified, and their SQLs and wins.
    public var qualified: OutcomeRate

    /// Creates a point.
    public init(threshold: Double, isCurrent: Bool, qualified: OutcomeRate) {
        self.threshold = threshold
        self.isCurrent = isCurrent
        self.qualified = qualified
    }
}
