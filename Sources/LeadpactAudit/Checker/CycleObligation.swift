/// A timed sales obligation of one cycle (`sales.accept`, `sales.first_touch`,
/// `sales.sequence`) as the walk through the lead's events settles it.
struct CycleObligation: Sendable {
    /// The rule owed.
    let rule: AuditRule
    /// When it is due (milliseconds).
    let due: Int64
    /// Whether its time is measured on a business calendar.
    let isBusiness: Bool
    /// `nil` while pending; then met, breached or waived.
    private(set) var status: ObligationStatus?
    /// When it resolved.
    private(set) var resolvedAt: Int64 = 0
    /// When it was met — by the due time, or late (after a breach at the due time).
    private(set) var metAt: Int64?
    /// What broke it, when an event did, for the report.
    private(set) var note: String?

    /// A pending obligation due at `due`.
    init(rule: AuditRule, due: Int64, isBusiness: Bool) {
        self.rule = rule
        self.due = due
        self.isBusiness = isBusiness
    }

    /// Whether it is still pending.
    var isPending: Bool { status == nil }

    /// Breaches it at its due time when `now` is past it (an event at exactly the due
    /// instant can still meet it).
    mutating func expire(before now: Int64) {
        if status == nil && due < now {
            status = .breached
            resolvedAt = due
        }
    }

    /// The thing owed happened at `now`: met if pending (by construction `now <= due`), or
    /// recorded as the late fulfilment of a breach.
    mutating func fulfil(at now: Int64) {
        switch status {
        case nil:
            status = .met
            resolvedAt = now
            metAt = now
        case .breached? where metAt == nil && note == nil:
            metAt = now
        default:
            break
        }
    }

    /// The cycle ended (or an sql came) at `now` with the obligation unmet: waived when
    /// strictly before the due time, else breached at the due time.
    mutating func waive(at now: Int64) {
        guard status == nil else { return }
        if now < due {
            status = .waived
            resolvedAt = now
        } else {
            status = .breached
            resolvedAt = due
        }
    }

    /// Broken by an event at `now` (before the due time).
    mutating func breakNow(at now: Int64, because note: String) {
        guard status == nil else { return }
        status = .breached
        resolvedAt = min(now, due)
        self.note = note
    }
}
