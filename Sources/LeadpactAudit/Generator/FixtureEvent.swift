/// What a generated log line says, before it is written out.
enum FixtureEventKind: UInt8, Sendable, CaseIterable {
    case profile, activity, mql, assigned, accepted, rejected, touch, sql
    case disqualified, recycled, renurture, won, lost
    /// A line whose `ts` has no offset (a bad line on purpose).
    case missingOffset
    /// An `activity` line naming an activity the contract does not declare (a bad line on purpose).
    case unknownActivity
    /// A line cut off in the middle of its JSON (a bad line on purpose).
    case brokenJSON

    /// The `type` written for a well-formed event.
    var typeName: String {
        switch self {
        case .profile: "profile"
        case .activity, .missingOffset, .unknownActivity, .brokenJSON: "activity"
        case .mql: "mql"
        case .assigned: "assigned"
        case .accepted: "accepted"
        case .rejected: "rejected"
        case .touch: "touch"
        case .sql: "sql"
        case .disqualified: "disqualified"
        case .recycled: "recycled"
        case .renurture: "renurture"
        case .won: "won"
        case .lost: "lost"
        }
    }

    /// Whether the line is malformed on purpose.
    var isBadLine: Bool { self == .missingOffset || self == .unknownActivity || self == .brokenJSON }

    /// Whether the event carries a `reason`.
    var carriesReason: Bool {
        self == .rejected || self == .disqualified || self == .recycled || self == .renurture
    }
}

/// One generated event in compact form: millions of them wait in the writer's queue, so the
/// payload is an index into the lead's record rather than text.
struct FixtureEvent: Sendable {
    /// When it happened, seconds since 1970 (UTC).
    var timestamp: Int64
    /// When the log export receives it (later than `timestamp` for a late CRM sync); the file is
    /// written in this order.
    var arrival: Int64
    /// Creation order, to keep ties stable.
    var sequence: UInt64
    /// The lead's index.
    var lead: Int32
    var kind: FixtureEventKind
    /// The rep who acted (index into the team), or -1 for marketing and the router.
    var actor: Int32
    /// Kind-specific: activity index, channel index, reason code, or an index into the lead's
    /// recorded profile updates, SQL sets or handoff contexts.
    var detail: Int32
}

/// How a reason is written on a `rejected`, `disqualified`, `recycled` or `renurture` line.
enum ReasonCode {
    /// The reason at this index of `sales.reasons`.
    static func listed(_ index: Int) -> Int32 { Int32(index) }
    /// No `reason` key at all.
    static let missing: Int32 = -1
    /// An empty string.
    static let blank: Int32 = -2
    /// The listed reason at `index`, typed by hand (capitalised, spaces): not in the list.
    static func misspelled(_ index: Int) -> Int32 { -100 - Int32(index) }
}
