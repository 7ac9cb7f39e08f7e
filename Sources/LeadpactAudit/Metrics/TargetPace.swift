public import Foundation

/// A volume or conversion target with where it stands against the time gone: a month half
/// over with 180 of 400 MQLs is behind a pro-rated 200.
public struct TargetPace: Hashable, Sendable {
    /// The target's progress as the audit reports it.
    public var target: TargetProgress
    /// The share of the target's period gone by the report's end, 0…1.
    public var elapsed: Double
    /// For volume, the MQLs expected by the report's end (required × elapsed); for conversion,
    /// the required rate in basis points (a rate does not pro-rate).
    public var expectedByNow: Double

    /// The pace of `target` at the end of a report ending at `reportEnd`.
    public init(target: TargetProgress, reportEnd: Date) {
        self.target = target
        let length = target.end.timeIntervalSince(target.start)
        let gone = min(max(reportEnd.timeIntervalSince(target.start), 0), length)
        elapsed = length > 0 ? gone / length : 1
        expectedByNow = target.rule == .marketingVolume ? Double(target.required) * elapsed : Double(target.required)
    }

    /// Whether the figure reached so far is at or above the expected one.
    public var onPace: Bool { Double(target.reached) >= expectedByNow }
}
