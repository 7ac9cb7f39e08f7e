public import Foundation

/// What the scoring model saw of a lead at the mql that started a cycle, for the review's
/// feedback loop: the score, which explicit rules held, which activities had been logged,
/// and whether the mql criteria held apart from their score threshold.
public struct HandoffSnapshot: Hashable, Sendable {
    /// The total score (explicit + implicit) at the mql.
    public var score: Double
    /// Per `scoring.explicit` rule, in the contract's order: whether its condition held.
    public var explicitRulesHeld: [Bool]
    /// The activities logged at least once before the mql (in log order), sorted by name.
    public var activitiesLogged: [String]
    /// Whether `stages.mql` held apart from its `score >= N` comparison (see
    /// `MQLScoreThreshold`); `nil` when the criteria have no such comparison.
    public var meetsMQLCriteriaBesidesScore: Bool?

    /// Creates a snapshot.
    public init(score: Double, explicitRulesHeld: [Bool], activitiesLogged: [String], meetsMQLCriteriaBesidesScore: Bool?) {
        self.score = score
        self.explicitRulesHeld = explicitRulesHeld
        self.activitiesLogged = activitiesLogged
        self.meetsMQLCriteriaBesidesScore = meetsMQLCriteriaBesidesScore
    }
}

/// How a timed obligation of a cycle resolved, and when.
public struct SettledObligation: Hashable, Sendable {
    /// Met, breached or waived (`open` when unresolved at the audit's end).
    public var status: ObligationStatus
    /// When it resolved (the audit's end while open).
    public var resolvedAt: Date

    /// Creates an outcome.
    public init(status: ObligationStatus, resolvedAt: Date) {
        self.status = status
        self.resolvedAt = resolvedAt
    }
}
