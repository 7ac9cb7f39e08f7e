public import LeadpactContract

/// Which way a change moves the obligations of the side it binds.
public enum ChangeDirection: String, Hashable, Sendable, CaseIterable, Codable {
    /// The side owes more, or sooner (a shorter time limit, a higher target).
    case tightened
    /// The side owes less, or later (a longer time limit, a lower target, a holiday).
    case loosened
    /// The meaning changed in a way that is neither stricter nor laxer (a renamed calendar,
    /// a target moved from month to quarter, a new field).
    case changed
}

/// Whom a change binds.
public enum ChangeSide: String, Hashable, Sendable, CaseIterable, Codable {
    /// Marketing's obligations (MQL criteria, volume, conversion, handoff context, scoring).
    case marketing
    /// Sales' obligations (clocks, touch sequence, reasons, SQL criteria, calendars).
    case sales
    /// Both sides (identity, validity period, field and activity vocabulary).
    case both

    /// The side of one party.
    public init(_ party: Party) {
        switch party {
        case .marketing: self = .marketing
        case .sales: self = .sales
        }
    }
}

/// Whether a change adds, removes or modifies something.
public enum ChangeKind: String, Hashable, Sendable, CaseIterable, Codable {
    case added
    case removed
    case modified
}

/// One semantic difference between two compiled contracts, e.g.
/// `sales.first_touch_within: 2 business hours → 1 business hour (tightened, sales)`.
public struct ContractChange: Hashable, Sendable {
    /// Where the change is, in the contract's own key names: `sales.first_touch_within`,
    /// `marketing.volume[0].mqls`, `calendars.na.holidays.2026-12-24`.
    public var path: String
    /// The old value as a reader would write it; `nil` when the item was added.
    public var old: String?
    /// The new value as a reader would write it; `nil` when the item was removed.
    public var new: String?
    /// Tightened, loosened or changed.
    public var direction: ChangeDirection
    /// Whom the change binds.
    public var side: ChangeSide

    /// Creates a change.
    public init(path: String, old: String?, new: String?, direction: ChangeDirection, side: ChangeSide) {
        self.path = path
        self.old = old
        self.new = new
        self.direction = direction
        self.side = side
    }

    /// Added, removed or modified, read off which values are present.
    public var kind: ChangeKind {
        switch (old, new) {
        case (nil, _): .added
        case (_, nil): .removed
        default: .modified
        }
    }

    /// The change without its verdict: `sales.accept_within: 30 business minutes → 1 business hour`,
    /// `marketing.handoff_context.campaign added`, `sales.reasons.competitor removed`.
    public var summary: String {
        switch (old, new) {
        case (nil, let added?): "\(path) added: \(added)"
        case (let removed?, nil): "\(path) removed: \(removed)"
        case (let before?, let after?): "\(path): \(before) → \(after)"
        case (nil, nil): path
        }
    }

    /// The one-line form the text report prints: summary, then `(direction, side)`.
    public var line: String { "\(summary) (\(direction.rawValue), \(side.rawValue))" }
}
