import Foundation
import LeadpactAudit

/// How every backtest format writes its figures, so the formats agree to the character.
enum BacktestFigures {
    /// How many flips the text, markdown and html forms list (json lists all).
    static let listedFlips = 50

    /// A change of rate in percentage points, `+2.5 pp`, `-1.0 pp` or `0.0 pp`; `—` when
    /// either rate is missing.
    static func points(_ delta: Double?) -> String {
        guard let delta else { return "—" }
        let rounded = (delta * 1000).rounded() / 10
        if rounded == 0 { return "0.0 pp" }
        return String(format: "%+.1f pp", rounded)
    }

    /// `+4`, `-2` or `0`.
    static func signed(_ delta: Int) -> String {
        delta > 0 ? "+\(delta)" : String(delta)
    }

    /// `3 → 7`, or `3` when both are the same.
    static func pair(_ baseline: Int, _ draft: Int) -> String {
        pair(String(baseline), String(draft))
    }

    /// `95.0% → 80.0%`, or `95.0%` when both read the same.
    static func pair(_ baseline: String, _ draft: String) -> String {
        baseline == draft ? baseline : "\(baseline) → \(draft)"
    }

    /// A target's verdict: `met`, `missed`, `open`, or `—` where the contract sets none.
    static func verdict(_ target: TargetProgress?) -> String {
        guard let target else { return "—" }
        switch target.status {
        case .met, .waived: return "met"
        case .breached: return "missed"
        case .open: return "open"
        }
    }

    /// A target row's name: `marketing.volume 2026-11 where source == "webinar"`.
    static func target(_ row: TargetComparison) -> String {
        let segment = row.segment.map { " where \($0)" } ?? ""
        return "\(row.rule.rawValue) \(row.label)\(segment)"
    }

    /// An instant in the contract's zone, `2026-11-16T00:00:00-05:00`.
    static func instant(_ date: Date, timeZone: String) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: timeZone) ?? TimeZone(secondsFromGMT: 0)
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// `acme-global 1.3.0`.
    static func name(_ contract: AuditedContract) -> String { "\(contract.id) \(contract.version)" }

    /// The flips the short forms list, and a note on those left out (`nil` when none are).
    static func listed(_ flips: [VerdictFlip]) -> (flips: ArraySlice<VerdictFlip>, note: String?) {
        let shown = flips.prefix(listedFlips)
        let note = flips.count > shown.count
            ? "The first \(shown.count) of \(flips.count) flips; --format json lists all."
            : nil
        return (shown, note)
    }

    /// `12 (10 newly breached, 2 no longer breached)`.
    static func flipTally(_ flips: [VerdictFlip]) -> String {
        let newly = flips.count(where: \.isNewlyBreached)
        return "\(flips.count) (\(newly) newly breached, \(flips.count - newly) no longer breached)"
    }
}
