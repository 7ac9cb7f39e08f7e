import Foundation

/// How the review's renderers write numbers: shares as percentages with one decimal, scores
/// without a needless fraction, durations in days, hours and minutes.
enum ReviewNumbers {
    /// `42.5%`, or `—` for no value.
    static func percent(_ share: Double?) -> String {
        guard let share else { return "—" }
        return String(format: "%.1f%%", share * 100)
    }

    /// `100`, `52.5`.
    static func score(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(format: "%.2f", value)
    }

    /// `2h 05m`, `3d 4h`, `45m`, `30s`, or `—`.
    static func duration(_ seconds: Double?) -> String {
        guard let seconds else { return "—" }
        let total = Int64(seconds)
        let days = total / 86_400, hours = total % 86_400 / 3600, minutes = total % 3600 / 60
        if days > 0 { return "\(days)d \(hours)h" }
        if hours > 0 { return "\(hours)h \(minutes < 10 ? "0" : "")\(minutes)m" }
        if minutes > 0 { return "\(minutes)m" }
        return "\(total)s"
    }

    /// A metric cell's value in its row's unit.
    static func metric(_ cell: MetricCell, unit: MetricRow.Unit) -> String {
        switch unit {
        case .count: cell.value.map { String(Int64($0)) } ?? "—"
        case .share: percent(cell.value)
        case .seconds: duration(cell.value)
        }
    }

    /// `12/40 (30.0%)`.
    static func rate(_ part: Int, of whole: Int) -> String {
        "\(part)/\(whole) (\(percent(whole > 0 ? Double(part) / Double(whole) : nil)))"
    }
}

extension OutcomeRate {
    /// The mark after a thin group's figures.
    var thinMark: String { isThin ? " *" : "" }
}
