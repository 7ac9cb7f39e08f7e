/// What the volume and conversion targets need of one cycle.
struct CycleFact: Sendable {
    /// The mql's timestamp (milliseconds).
    let mqlAt: Int64
    /// Whether the cycle owes anything.
    let inForce: Bool
    /// Whether the mql met `marketing.mql_criteria`.
    let meetsMQLCriteria: Bool
    /// Bit `i % 64` of word `i / 64` is set when volume target `i`'s `where` held at the mql
    /// (or the target has none).
    let segments: [UInt64]
    /// The first `sql` in the cycle.
    var sqlAt: Int64?

    /// Whether volume target `index`'s `where` held at the mql.
    func inSegment(_ index: Int) -> Bool {
        let word = index / 64
        return word < segments.count && segments[word] & (1 << UInt64(index % 64)) != 0
    }
}
