public import LeadpactAudit

/// How one rule judged one lead over the period.
public enum LeadVerdict: String, Hashable, Sendable, CaseIterable {
    /// At least one of the lead's obligations under the rule was breached in the period.
    case breached
    /// None breached, and one still open at the period's end.
    case open
    /// None breached and none open: met, waived, or owed nothing in the period.
    case notBreached = "not_breached"
}

/// A lead the draft judges otherwise than the baseline on one rule: newly breached, or no
/// longer breached.
public struct VerdictFlip: Hashable, Sendable {
    /// The rule.
    public var rule: AuditRule
    /// The lead id.
    public var lead: String
    /// The verdict under the baseline.
    public var baseline: LeadVerdict
    /// The verdict under the draft.
    public var draft: LeadVerdict

    /// Creates a flip.
    public init(rule: AuditRule, lead: String, baseline: LeadVerdict, draft: LeadVerdict) {
        self.rule = rule
        self.lead = lead
        self.baseline = baseline
        self.draft = draft
    }

    /// Whether the draft breaches the lead where the baseline did not.
    public var isNewlyBreached: Bool { draft == .breached }
}
