public import LeadpactCalendar

/// Writes durations and shares the way a contract author would: `1 business hour`,
/// `30 business minutes`, `10 business days`, `5 minutes`, `30 days`, `22.5%`.
public enum DurationText {
    /// A time limit in the largest unit that divides it exactly.
    public static func describe(_ duration: SLADuration) -> String {
        switch duration {
        case .wallClock(let seconds): describe(seconds: seconds, prefix: "")
        case .businessTime(let seconds): describe(seconds: seconds, prefix: "business ")
        case .businessDays(let days): count(Int64(days), "business day")
        }
    }

    /// A wall-clock length in seconds, e.g. a half-life or `active_within`.
    public static func describe(seconds: Int64) -> String {
        describe(seconds: seconds, prefix: "")
    }

    /// A share in basis points: 2000 → `20%`, 2250 → `22.5%`, 1 → `0.01%`.
    public static func percent(basisPoints: Int) -> String {
        let sign = basisPoints < 0 ? "-" : ""
        let magnitude = basisPoints.magnitude
        let whole = magnitude / 100, fraction = magnitude % 100
        if fraction == 0 { return "\(sign)\(whole)%" }
        let digits = fraction < 10 ? "0\(fraction)" : "\(fraction)"
        let trimmed = digits.hasSuffix("0") ? String(digits.dropLast()) : digits
        return "\(sign)\(whole).\(trimmed)%"
    }

    private static func describe(seconds: Int64, prefix: String) -> String {
        let units: [(Int64, String)] = [(86_400, "day"), (3_600, "hour"), (60, "minute")]
        for (length, name) in units where seconds != 0 && seconds % length == 0 {
            // Business time is measured in hours and minutes; days there would mean working days.
            if prefix.isEmpty == false && length == 86_400 { continue }
            return count(seconds / length, prefix + name)
        }
        return count(seconds, prefix + "second")
    }

    private static func count(_ value: Int64, _ unit: String) -> String {
        "\(value) \(unit)\(value == 1 ? "" : "s")"
    }
}
