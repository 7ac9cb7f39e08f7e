public import LeadpactAudit

/// The rejected, disqualified, recycled and renurtured handoffs of one source, by end and
/// reason, and how many carried no valid reason.
public struct ReasonSource: Hashable, Sendable {
    /// The handoff source, `(none)` without one.
    public var source: String
    /// Handoffs of the source that ended rejected, disqualified, recycled or renurtured.
    public var ended: Int
    /// Of them, those whose reason was missing or not in `sales.reasons`.
    public var withoutValidReason: Int
    /// Counts per end and reason, most frequent first.
    public var tallies: [ReasonTally]

    /// Creates a source's reasons.
    public init(source: String, ended: Int, withoutValidReason: Int, tallies: [ReasonTally]) {
        self.source = source
        self.ended = ended
        self.withoutValidReason = withoutValidReason
        self.tallies = tallies
    }

    /// `withoutValidReason / ended`, or `nil` when none ended so.
    public var shareWithoutValidReason: Double? { ended > 0 ? Double(withoutValidReason) / Double(ended) : nil }
}

/// How many handoffs ended one way with one reason.
public struct ReasonTally: Hashable, Sendable {
    /// How the cycle ended.
    public var end: CycleEnd
    /// The reason as written; `nil` when missing (or not text).
    public var reason: String?
    /// Whether the reason is one `sales.reasons` lists.
    public var isValid: Bool
    /// Handoffs.
    public var count: Int

    /// Creates a tally.
    public init(end: CycleEnd, reason: String?, isValid: Bool, count: Int) {
        self.end = end
        self.reason = reason
        self.isValid = isValid
        self.count = count
    }
}
