public import Foundation
public import LeadpactContract

/// An obligation not resolved by the period's end, with its time left.
public struct OpenObligation: Hashable, Sendable {
    /// The rule owed.
    public var rule: AuditRule
    /// The side answering for it.
    public var side: Party { rule.side }
    /// The lead id; `nil` for a target.
    public var lead: String?
    /// Who answers for it at the period's end.
    public var owner: String
    /// When it falls due (at or after the period's end).
    public var due: Date
    /// Seconds from the period's end to `due`.
    public var timeLeftSeconds: Int64
    /// What is still owed, e.g. `3 of 7 touches` or `reached 180 of 400 MQLs`.
    public var detail: String

    /// Creates an open obligation.
    public init(rule: AuditRule, lead: String?, owner: String, due: Date, timeLeftSeconds: Int64, detail: String) {
        self.rule = rule
        self.lead = lead
        self.owner = owner
        self.due = due
        self.timeLeftSeconds = timeLeftSeconds
        self.detail = detail
    }

    /// An obligation that says nothing, to fill a slot a real one is moved into.
    static let placeholder = OpenObligation(
        rule: .salesAccept, lead: nil, owner: "", due: .distantPast, timeLeftSeconds: 0, detail: "")

    /// The report order: by due time, then rule id, then lead;
    /// ties keep the order found (targets in contract order).
    public static func reportOrder(_ a: OpenObligation, _ b: OpenObligation) -> Bool {
        ReportOrder.precedes((a.due, a.rule, a.lead), (b.due, b.rule, b.lead))
    }
}
