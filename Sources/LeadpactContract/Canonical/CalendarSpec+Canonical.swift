public import LeadpactCalendar

extension CalendarSpec {
    /// A calendar in the compiled rules: its zone, all seven weekdays (`[]` = closed) and its
    /// holidays by ISO date (`[]` = closed all day, else the hours that replace the weekday's).
    ///
    /// A weekday left out and a weekday with no windows mean the same, so both print `[]`;
    /// how the hours were grouped (`mon-fri` or one line per day) does not show.
    public var canonicalJSON: CanonicalJSON {
        var hours: [String: CanonicalJSON] = [:]
        for day in Weekday.allCases {
            hours[day.shortName] = TimeWindow.canonicalJSON(weekly[day] ?? [])
        }
        var closures: [String: CanonicalJSON] = [:]
        for (date, windows) in holidays {
            closures[date.description] = TimeWindow.canonicalJSON(windows)
        }
        return .object([
            "timezone": .string(timeZone),
            "hours": .object(hours),
            "holidays": .object(closures),
        ])
    }
}
