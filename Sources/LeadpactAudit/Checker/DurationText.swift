/// A span of seconds in words for detail lines: `45 seconds`, `12 business minutes`,
/// `2 hours 5 minutes`, `3 business days 4 hours` (a day being 24 hours of that clock).
enum DurationText {
    /// The span in words; `business` puts the word before the first unit.
    static func describe(seconds: Int64, business: Bool) -> String {
        var text: [UInt8] = []
        write(seconds: seconds, business: business, into: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends `describe(seconds:business:)` as UTF-8.
    static func write(seconds: Int64, business: Bool, into text: inout [UInt8]) {
        func amount(_ value: Int64, _ one: StaticString, _ many: StaticString, first: Bool) {
            text.appendDecimal(value)
            text.append(first && business ? " business " as StaticString : " ")
            text.append(value == 1 ? one : many)
        }
        if seconds < 60 { return amount(seconds, "second", "seconds", first: true) }
        let minutes = seconds / 60
        if minutes < 60 { return amount(minutes, "minute", "minutes", first: true) }
        let hours = minutes / 60, restMinutes = minutes % 60
        if hours < 48 {
            amount(hours, "hour", "hours", first: true)
            if restMinutes != 0 {
                text.append(" " as StaticString)
                amount(restMinutes, "minute", "minutes", first: false)
            }
            return
        }
        let days = hours / 24, restHours = hours % 24
        amount(days, "day", "days", first: true)
        if restHours != 0 {
            text.append(" " as StaticString)
            amount(restHours, "hour", "hours", first: false)
        }
    }
}
