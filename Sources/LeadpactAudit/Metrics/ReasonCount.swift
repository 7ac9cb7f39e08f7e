/// How often one end reason was logged in the period.
public struct ReasonCount: Hashable, Sendable {
    /// The end that carried it (`rejected`, `disqualified`, `recycled`, `renurture`).
    public var end: CycleEnd
    /// The reason as written; `nil` when it was missing or not a string.
    public var reason: String?
    /// Cycles that ended so.
    public var count: Int

    /// Creates a row.
    public init(end: CycleEnd, reason: String?, count: Int) {
        self.end = end
        self.reason = reason
        self.count = count
    }
}
