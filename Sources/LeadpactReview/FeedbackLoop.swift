/// How the period's handoffs fared, split by what marketing knew at the handoff: the scoring
/// model's bands, rules and activities, the source, the end reasons, and a threshold sweep.
public struct FeedbackLoop: Hashable, Sendable {
    /// The handoffs started in the period (in force).
    public var handoffs: OutcomeRate
    /// Groups resting on fewer handoffs than this are marked as thin.
    public var minimumHandoffs: Int
    /// The width of a score band.
    public var bandWidth: Int
    /// Per score band at the handoff, lowest first; empty when the contract has no scoring model.
    public var bands: [OutcomeRate]
    /// Per handoff source (context `source`), most handoffs first; `(none)` without one.
    public var sources: [OutcomeRate]
    /// Per `scoring.explicit` rule, in the contract's order.
    public var explicitRules: [OutcomeSplit]
    /// Per activity of `scoring.implicit`, in the contract's order.
    public var activities: [OutcomeSplit]
    /// End reasons per source, most ended handoffs first.
    public var reasons: [ReasonSource]
    /// The threshold sweep, or why there is none.
    public var sweep: ThresholdSweep

    /// Creates a feedback loop.
    public init(
        handoffs: OutcomeRate, minimumHandoffs: Int, bandWidth: Int, bands: [OutcomeRate], sources: [OutcomeRate],
        explicitRules: [OutcomeSplit], activities: [OutcomeSplit], reasons: [ReasonSource], sweep: ThresholdSweep
    ) {
        self.handoffs = handoffs
        self.minimumHandoffs = minimumHandoffs
        self.bandWidth = bandWidth
        self.bands = bands
        self.sources = sources
        self.explicitRules = explicitRules
        self.activities = activities
        self.reasons = reasons
        self.sweep = sweep
    }
}

/// A group of handoffs and how many reached an SQL and were won.
public struct OutcomeRate: Hashable, Sendable {
    /// What the group is (`75–100`, a source, `with`).
    public var label: String
    /// Handoffs in the group.
    public var handoffs: Int
    /// Of them, those with an `sql`.
    public var sqls: Int
    /// Of them, those ended `won`.
    public var won: Int
    /// Whether the group rests on fewer handoffs than the review's minimum.
    public var isThin: Bool

    /// Creates a group.
    public init(label: String, handoffs: Int, sqls: Int, won: Int, isThin: Bool) {
        self.label = label
        self.handoffs = handoffs
        self.sqls = sqls
        self.won = won
        self.isThin = isThin
    }

    /// `sqls / handoffs`, or `nil` for an empty group.
    public var sqlRate: Double? { handoffs > 0 ? Double(sqls) / Double(handoffs) : nil }
    /// `won / handoffs`, or `nil` for an empty group.
    public var wonRate: Double? { handoffs > 0 ? Double(won) / Double(handoffs) : nil }
}

/// The handoffs with and without something (an explicit rule held, an activity logged).
public struct OutcomeSplit: Hashable, Sendable {
    /// The rule's condition or the activity's name.
    public var label: String
    /// Handoffs where it held.
    public var with: OutcomeRate
    /// Handoffs where it did not.
    public var without: OutcomeRate

    /// Creates a split.
    public init(label: String, with: OutcomeRate, without: OutcomeRate) {
        self.label = label
        self.with = with
        self.without = without
    }
}
