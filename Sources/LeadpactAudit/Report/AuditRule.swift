public import LeadpactContract

/// One of the nine obligations the audit judges, by its exact rule id.
public enum AuditRule: String, CaseIterable, Hashable, Sendable, Comparable {
    case salesAccept = "sales.accept"
    case salesFirstTouch = "sales.first_touch"
    case salesSequence = "sales.sequence"
    case salesReason = "sales.reason"
    case salesSQLCriteria = "sales.sql_criteria"
    case marketingMQLCriteria = "marketing.mql_criteria"
    case marketingHandoffContext = "marketing.handoff_context"
    case marketingVolume = "marketing.volume"
    case marketingConversion = "marketing.conversion"

    /// The side of the agreement that answers for the rule.
    public var side: Party {
        switch self {
        case .salesAccept, .salesFirstTouch, .salesSequence, .salesReason, .salesSQLCriteria: .sales
        case .marketingMQLCriteria, .marketingHandoffContext, .marketingVolume, .marketingConversion: .marketing
        }
    }

    /// The rule's place in `allCases`, for tables indexed by rule.
    var ordinal: Int {
        switch self {
        case .salesAccept: 0
        case .salesFirstTouch: 1
        case .salesSequence: 2
        case .salesReason: 3
        case .salesSQLCriteria: 4
        case .marketingMQLCriteria: 5
        case .marketingHandoffContext: 6
        case .marketingVolume: 7
        case .marketingConversion: 8
        }
    }

    /// Whether the rule judges a calendar-period target rather than one lead.
    public var isTarget: Bool { self == .marketingVolume || self == .marketingConversion }

    /// Orders rules by their id, as reports sort them.
    public static func < (lhs: AuditRule, rhs: AuditRule) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// How an obligation stands at the end of a report's period.
public enum ObligationStatus: String, Hashable, Sendable, CaseIterable {
    /// Met by its due time.
    case met
    /// Not met by its due time, or broken by an event.
    case breached
    /// Released by the cycle's end (or an `sql`) before it was due.
    case waived
    /// Not resolved by the period's end.
    case open
}
