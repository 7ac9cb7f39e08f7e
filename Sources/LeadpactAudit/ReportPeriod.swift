public import Foundation

/// The half-open span `[from, to)` a report covers, as absolute instants.
public struct ReportPeriod: Hashable, Sendable {
    /// The first instant covered.
    public var from: Date
    /// The first instant no longer covered.
    public var to: Date
    /// How the user named it: `2026-W47`, `2026-11`, `2026-Q4`, or `2026-11-01..2026-12-01`.
    public var label: String

    /// Creates a period.
    public init(from: Date, to: Date, label: String) {
        self.from = from
        self.to = to
        self.label = label
    }

    /// Whether `instant` lies in `[from, to)`.
    public func contains(_ instant: Date) -> Bool { instant >= from && instant < to }
}
