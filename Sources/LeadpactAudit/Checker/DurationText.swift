/// A span of seconds in words for detail lines: `45 seconds`, `12 business minutes`,
/// `2 hours 5 minutes`, `3 business days 4 hours` (a day being 24 hours of that clock).
enum DurationText {
    /// The span in words; `business` puts the word before the first unit.
    static func describe(seconds: Int64, business: Bool) -> String {
        let prefix = business ? "business " : ""
        func unit(_ value: Int64, _ name: String) -> String { "\(value) \(name)\(value == 1 ? "" : "s")" }
        if seconds < 60 { return "\(seconds) " + prefix + (seconds == 1 ? "second" : "seconds") }
        let minutes = seconds / 60
        if minutes < 60 { return "\(minutes) " + prefix + (minutes == 1 ? "minute" : "minutes") }
        let hours = minutes / 60, restMinutes = minutes % 60
        if hours < 48 {
            let head = "\(hours) " + prefix + (hours == 1 ? "hour" : "hours")
            return restMinutes == 0 ? head : head + " " + unit(restMinutes, "minute")
        }
        let days = hours / 24, restHours = hours % 24
        let head = "\(days) " + prefix + (days == 1 ? "day" : "days")
        return restHours == 0 ? head : head + " " + unit(restHours, "hour")
    }
}
