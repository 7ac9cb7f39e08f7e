public import LeadpactExpressions

/// The `scoring:` section.
public struct ScoringModel: Hashable, Sendable {
    /// Fit points, counted while their condition holds.
    public var explicit: [ExplicitScoringRule]
    /// Behaviour points, counted per logged activity.
    public var implicit: [ImplicitScoringRule]
    /// Implicit points halve every `halfLifeSeconds`; `nil` = no decay.
    public var halfLifeSeconds: Int64?

    /// Creates a scoring model.
    public init(explicit: [ExplicitScoringRule], implicit: [ImplicitScoringRule], halfLifeSeconds: Int64?) {
        self.explicit = explicit
        self.implicit = implicit
        self.halfLifeSeconds = halfLifeSeconds
    }
}

/// `{ if: EXPR, points: N }`.
public struct ExplicitScoringRule: Hashable, Sendable {
    public var condition: Expression
    public var points: Int

    /// Creates a rule.
    public init(condition: Expression, points: Int) {
        self.condition = condition
        self.points = points
    }
}

/// `{ activity: NAME, points: N, max: M }`.
public struct ImplicitScoringRule: Hashable, Sendable {
    public var activity: String
    /// Points per activity (negative for e.g. `unsubscribe`).
    public var points: Int
    /// Only the `max` most recent activities count, if set.
    public var max: Int?

    /// Creates a rule.
    public init(activity: String, points: Int, max: Int?) {
        self.activity = activity
        self.points = points
        self.max = max
    }
}

/// The `stages:` section.
public struct Stages: Hashable, Sendable {
    /// What makes a marketing-qualified lead; `nil` when the contract defines none.
    public var mql: MQLStage?
    /// What makes a sales-qualified lead; `nil` when the contract defines none.
    public var sql: SQLStage?

    /// Creates the stages.
    public init(mql: MQLStage?, sql: SQLStage?) {
        self.mql = mql
        self.sql = sql
    }
}

/// `stages.mql`.
public struct MQLStage: Hashable, Sendable {
    public var when: Expression
    /// Some activity must lie within this many seconds before the handoff, if set.
    public var activeWithinSeconds: Int64?

    /// Creates the stage.
    public init(when: Expression, activeWithinSeconds: Int64?) {
        self.when = when
        self.activeWithinSeconds = activeWithinSeconds
    }
}

/// `stages.sql`.
public struct SQLStage: Hashable, Sendable {
    public var when: Expression

    /// Creates the stage.
    public init(when: Expression) {
        self.when = when
    }
}
