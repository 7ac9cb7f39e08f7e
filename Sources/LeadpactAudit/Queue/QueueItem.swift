public import Foundation
public import LeadpactContract

/// One obligation in the queue: open at the queue's instant, or already past due and unmet.
public struct QueueItem: Hashable, Sendable {
    /// The rule owed.
    public var rule: AuditRule
    /// The side answering for it.
    public var side: Party { rule.side }
    /// The lead id; `nil` for a target.
    public var lead: String?
    /// Who answers for it at the queue's instant.
    public var owner: String
    /// When it falls (or fell) due.
    public var due: Date
    /// The calendar its business time is counted on, if one applies.
    public var calendar: String?
    /// Wall-clock seconds from the queue's instant to `due`; negative once past due.
    public var secondsLeft: Int64
    /// Business seconds from the queue's instant to `due` on `calendar` (negative: the business
    /// time since it fell due); `nil` without a calendar.
    public var businessSecondsLeft: Int64?
    /// What is still owed or what was missed, e.g. `3 of 7 touches`.
    public var detail: String
    /// Whether it is already past due and unmet.
    public var isBreaching: Bool

    /// Creates an item.
    public init(
        rule: AuditRule, lead: String?, owner: String, due: Date, calendar: String?, secondsLeft: Int64,
        businessSecondsLeft: Int64?, detail: String, isBreaching: Bool
    ) {
        self.rule = rule
        self.lead = lead
        self.owner = owner
        self.due = due
        self.calendar = calendar
        self.secondsLeft = secondsLeft
        self.businessSecondsLeft = businessSecondsLeft
        self.detail = detail
        self.isBreaching = isBreaching
    }

    /// Most urgent first: by due time, then rule id, then lead (targets first).
    public static func urgencyOrder(_ a: QueueItem, _ b: QueueItem) -> Bool {
        ReportOrder.precedes((a.due, a.rule, a.lead), (b.due, b.rule, b.lead))
    }
}

/// One owner's share of the queue.
public struct OwnerQueue: Hashable, Sendable {
    /// Who answers.
    public var owner: String
    /// Their breaching obligations, most urgent first.
    public var breaching: [QueueItem]
    /// Their open obligations, most urgent first.
    public var open: [QueueItem]
}
