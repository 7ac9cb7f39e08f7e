import Foundation
import LeadpactAudit

/// How the review's renderers write numbers: shares and durations as the audit writes them
/// (`ReportText`), scores without a needless fraction.
enum ReviewNumbers {
    /// `100`, `52.5`.
    static func score(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(format: "%.2f", value)
    }

    /// A duration in seconds as the audit writes one (`ReportText.duration`: `3d`, `2h 05m`,
    /// `12m 30s`), whole seconds toward zero; `—` for no value or one beyond what `Int64` holds.
    static func duration(_ seconds: Double?) -> String {
        guard let seconds, seconds.isFinite, abs(seconds) < 9.2e18 else { return "—" }
        return ReportText.duration(Int64(seconds))
    }

    /// A metric cell's value in its row's unit.
    static func metric(_ cell: MetricCell, unit: MetricRow.Unit) -> String {
        switch unit {
        case .count: cell.value.map { String(Int64($0)) } ?? "—"
        case .share: ReportText.percent(cell.value)
        case .seconds: duration(cell.value)
        }
    }

    /// `12/40 (30.0%)`.
    static func rate(_ part: Int, of whole: Int) -> String {
        "\(part)/\(whole) (\(ReportText.percent(whole > 0 ? Double(part) / Double(whole) : nil)))"
    }
}

extension OutcomeRate {
    /// The mark after a thin group's figures.
    var thinMark: String { isThin ? " *" : "" }
}
