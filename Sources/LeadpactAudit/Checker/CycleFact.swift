/// What the volume and conversion targets need of one cycle.
struct CycleFact: Sendable {
    /// The mql's timestamp (milliseconds).
    let mqlAt: Int64
    /// Whether the cycle owes anything.
    let inForce: Bool
    /// Whether the mql met `marketing.mql_criteria`.
    let meetsMQLCriteria: Bool
    /// Bit `i` set when volume target `i`'s `where` held at the mql (targets beyond 64 are
    /// tracked in `LeadChecker.extraSegmentHits`).
    let segments: UInt64
    /// The first `sql` in the cycle.
    var sqlAt: Int64?
}
