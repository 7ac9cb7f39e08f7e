public import LeadpactContract

/// One side's obligations judged in the period, and its compliance rate.
public struct SideCompliance: Hashable, Sendable {
    /// Marketing or sales.
    public var side: Party
    /// Its obligations by outcome.
    public var counts: ObligationCounts

    /// Creates a row.
    public init(side: Party, counts: ObligationCounts) {
        self.side = side
        self.counts = counts
    }

    /// met ÷ (met + breached): waived and open obligations do not count; `nil` when none was judged.
    public var rate: Double? { FunnelMetrics.rate(counts.met, of: counts.met + counts.breached) }
}
