public import Foundation
public import LeadpactContract

/// A named piece of evidence behind a verdict, e.g. `score` = `85`.
public struct EvidenceItem: Hashable, Sendable {
    /// What the value is (`score`, `required`, `reached`, `reason`, `missing_keys`, …).
    public var name: String
    /// The value as text.
    public var value: String

    /// Creates an item.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// An obligation that was not met: who owed what, by when, and what happened.
public struct Breach: Hashable, Sendable {
    /// The rule broken.
    public var rule: AuditRule
    /// The side answering for it.
    public var side: Party { rule.side }
    /// The lead id; `nil` for a volume or conversion target.
    public var lead: String?
    /// Who answers: the sales owner (`to` of the last assignment, or `unassigned`), the mql's
    /// `by` (or `marketing`) for a marketing rule on one lead, `marketing` for a target.
    public var owner: String
    /// When the obligation was due.
    public var due: Date
    /// When it resolved: the due time, or the event that broke it.
    public var resolvedAt: Date
    /// When it was met after all (late), if it was.
    public var metAt: Date?
    /// Wall-clock seconds from `due` to `metAt`, when met late.
    public var lateBySeconds: Int64?
    /// Business seconds from `due` to `metAt` on the cycle's calendar, when met late and a
    /// calendar applies.
    public var lateByBusinessSeconds: Int64?
    /// The calendar the obligation ran on, if any.
    public var calendar: String?
    /// Human evidence, e.g. `score 85 < 100 at handoff`.
    public var detail: String {
        get { explanation.detail }
        set { explanation = BreachExplanation(detail: newValue, evidence: explanation.evidence) }
    }
    /// Structured evidence for renderers.
    public var evidence: [EvidenceItem] {
        get { explanation.evidence }
        set { explanation = BreachExplanation(detail: explanation.detail, evidence: newValue) }
    }
    /// `detail` and `evidence` kept as one string, so a year's breaches cost one allocation each.
    private var explanation: BreachExplanation

    /// Creates a breach.
    public init(
        rule: AuditRule, lead: String?, owner: String, due: Date, resolvedAt: Date, metAt: Date? = nil,
        lateBySeconds: Int64? = nil, lateByBusinessSeconds: Int64? = nil, calendar: String? = nil,
        detail: String, evidence: [EvidenceItem] = []
    ) {
        self.init(
            rule: rule, lead: lead, owner: owner, due: due, resolvedAt: resolvedAt, metAt: metAt,
            lateBySeconds: lateBySeconds, lateByBusinessSeconds: lateByBusinessSeconds, calendar: calendar,
            explanation: BreachExplanation(detail: detail, evidence: evidence))
    }

    /// Creates a breach whose detail and evidence were written by a `BreachExplanation.Builder`.
    init(
        rule: AuditRule, lead: String?, owner: String, due: Date, resolvedAt: Date, metAt: Date?,
        lateBySeconds: Int64?, lateByBusinessSeconds: Int64?, calendar: String?, explanation: BreachExplanation
    ) {
        self.rule = rule
        self.lead = lead
        self.owner = owner
        self.due = due
        self.resolvedAt = resolvedAt
        self.metAt = metAt
        self.lateBySeconds = lateBySeconds
        self.lateByBusinessSeconds = lateByBusinessSeconds
        self.calendar = calendar
        self.explanation = explanation
    }

    /// Hands over the detail's UTF-8, then each evidence item's name and value, without
    /// building strings (for renderers writing a year of breaches).
    func visitExplanation(
        detail: (UnsafeBufferPointer<UInt8>) -> Void,
        item: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void
    ) {
        explanation.visit(detail: detail, item: item)
    }

    /// A breach that says nothing, to fill a slot a real one is moved into.
    static let placeholder = Breach(
        rule: .salesAccept, lead: nil, owner: "", due: .distantPast, resolvedAt: .distantPast, detail: "")

    /// The report order: by `resolvedAt`, then rule id, then lead (targets first);
    /// ties keep the order found (targets in contract order).
    public static func reportOrder(_ a: Breach, _ b: Breach) -> Bool {
        ReportOrder.precedes((a.resolvedAt, a.rule, a.lead), (b.resolvedAt, b.rule, b.lead))
    }
}
