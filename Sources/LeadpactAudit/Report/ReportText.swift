import LeadpactContract

/// Wording shared by the human-readable reports: durations, rates, and what a breach says.
public enum ReportText {
    /// `45s`, `12m 30s`, `1h 05m`, `2d 3h`; negative values get a minus sign.
    public static func duration(_ seconds: Int64) -> String {
        if seconds < 0 { return "-" + duration(seconds == Int64.min ? Int64.max : -seconds) }
        let days = seconds / 86_400, hours = seconds / 3_600 % 24, minutes = seconds / 60 % 60, secs = seconds % 60
        if days > 0 { return hours == 0 ? "\(days)d" : "\(days)d \(hours)h" }
        if hours > 0 { return "\(hours)h \(two(minutes))m" }
        if minutes > 0 { return secs == 0 ? "\(minutes)m" : "\(minutes)m \(two(secs))s" }
        return "\(secs)s"
    }

    /// A duration, or `—` when there is none.
    public static func duration(_ seconds: Int64?) -> String {
        seconds.map { duration($0) } ?? "—"
    }

    /// `87.5%`, or `—` when there is no rate.
    public static func percent(_ rate: Double?) -> String {
        guard let rate, rate.isFinite else { return "—" }
        let tenths = Int((rate * 1_000).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))%"
    }

    /// A rate in basis points as a percentage: `2000` → `20.0%`.
    static func basisPoints(_ value: Int) -> String {
        percent(Double(value) / 10_000)
    }

    /// `met late at T` or `not met`.
    static func outcome(_ breach: Breach, clock: ReportClock) -> String {
        breach.metAt.map { "met late at \(clock.format($0))" } ?? "not met"
    }

    /// `32m business / 1h 10m wall`, `1h 10m wall`, or `—` when the obligation was never met.
    static func lateness(_ breach: Breach) -> String {
        guard let wall = breach.lateBySeconds else { return "—" }
        guard let business = breach.lateByBusinessSeconds else { return "\(duration(wall)) wall" }
        return "\(duration(business)) business / \(duration(wall)) wall"
    }

    /// A lead id, or `—` for a target.
    static func lead(_ lead: String?) -> String { lead ?? "—" }

    /// How a target stands: `180 of 400 MQLs (expected 200 by now)`, `18.2% of 20.0% SQL`.
    static func target(_ pace: TargetPace) -> String {
        let target = pace.target
        if target.rule == .marketingVolume {
            let expected = Int(pace.expectedByNow.rounded())
            let tail = target.status == .open ? " (expected \(expected) by now, \(pace.onPace ? "on pace" : "behind"))" : ""
            return "\(target.reached) of \(target.required) MQLs\(tail)"
        }
        return "\(basisPoints(target.reached)) of \(basisPoints(target.required)) MQL→SQL (\(target.converted) of \(target.cycles) cycles)"
    }

    /// `month 2026-11, region == emea` or `quarter 2026-Q4`.
    static func targetName(_ target: TargetProgress) -> String {
        "\(target.per.rawValue) \(target.label)" + (target.segment.map { ", \($0)" } ?? "")
    }

    /// A reason as written, or `(missing)`.
    static func reason(_ reason: String?) -> String { reason ?? "(missing)" }

    private static func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : String(value) }
}
