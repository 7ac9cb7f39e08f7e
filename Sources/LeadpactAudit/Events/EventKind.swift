/// The `type` of an event line.
enum EventKind: UInt8, CaseIterable, Sendable {
    case profile, activity, mql, assigned, accepted, rejected, touch, sql
    case disqualified, recycled, renurture, won, lost

    /// Looks up a `type` value as written in the log.
    init?(name: String) {
        switch name {
        case "profile": self = .profile
        case "activity": self = .activity
        case "mql": self = .mql
        case "assigned": self = .assigned
        case "accepted": self = .accepted
        case "rejected": self = .rejected
        case "touch": self = .touch
        case "sql": self = .sql
        case "disqualified": self = .disqualified
        case "recycled": self = .recycled
        case "renurture": self = .renurture
        case "won": self = .won
        case "lost": self = .lost
        default: return nil
        }
    }

    /// Looks up a `type` value from its UTF-8 bytes, matched exactly.
    init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        let found = Self.utf8Names.firstIndex { name in
            guard name.count == bytes.count else { return false }
            for offset in name.indices where name[offset] != bytes[offset] { return false }
            return true
        }
        guard let index = found else { return nil }
        self = Self.allCases[index]
    }

    /// The UTF-8 bytes of every kind's name, in `allCases` order.
    private static let utf8Names: [[UInt8]] = allCases.map { Array($0.name.utf8) }

    /// The name as written in the log.
    var name: String { Self.names[Int(rawValue)] }

    /// Every kind's name, in `allCases` order (worked out once: describing a case each time
    /// goes through reflection).
    private static let names: [String] = allCases.map { String(describing: $0) }

    /// Whether the event ends an open handoff cycle.
    var endsCycle: Bool {
        switch self {
        case .rejected, .disqualified, .recycled, .renurture, .won, .lost: true
        default: false
        }
    }

    /// Whether the event carries a `reason` that `sales.reason` judges.
    var carriesReason: Bool {
        switch self {
        case .rejected, .disqualified, .recycled, .renurture: true
        default: false
        }
    }

    /// Whether the event's `set` updates the lead's attributes.
    var appliesSet: Bool { self == .profile || self == .sql }

    /// The cycle end this event is, if it ends a cycle.
    var cycleEnd: CycleEnd? {
        switch self {
        case .rejected: .rejected
        case .disqualified: .disqualified
        case .recycled: .recycled
        case .renurture: .renurture
        case .won: .won
        case .lost: .lost
        default: nil
        }
    }
}
