import Foundation
import LeadpactCalendar
import Testing

/// Hand-worked cases for the calendar engine; each expected answer is derived in its comment.
@Suite struct BusinessCalendarTests {
    typealias S = CalendarTestSupport

    private func due(_ calendar: BusinessCalendar?, _ start: String, _ duration: SLADuration) -> String? {
        guard let calendar, let start = S.at(start) else { return nil }
        return RFC3339.format(calendar.add(duration, to: start), in: calendar.timeZone)
    }

    private func elapsed(_ calendar: BusinessCalendar?, _ from: String, _ to: String) -> Int64? {
        guard let calendar, let from = S.at(from), let to = S.at(to) else { return nil }
        return calendar.elapsed(from: from, to: to)
    }

    @Test func startOnFridayAfterClosingBeginsMondayMorning() {
        // Friday closes at 16:00; 30 minutes from Monday 09:00.
        #expect(due(S.northAmerica, "2026-11-20T17:00:00-05:00", .businessTime(seconds: 1800)) == "2026-11-23T09:30:00-05:00")
    }

    @Test func deadlineOnAClosingIsThatClosing() {
        // Thursday 17:00 + 30 min lands on 17:30 exactly: the closing, not Friday 09:00.
        #expect(due(S.northAmerica, "2026-11-19T17:00:00-05:00", .businessTime(seconds: 1800)) == "2026-11-19T17:30:00-05:00")
    }

    @Test func holidayIsSkipped() {
        // Wed 17:00-17:30 (30 min), Thanksgiving closed, Friday 09:00-09:30.
        #expect(due(S.northAmerica, "2026-11-25T17:00:00-05:00", .businessTime(seconds: 3600)) == "2026-11-27T09:30:00-05:00")
        #expect(elapsed(S.northAmerica, "2026-11-26T00:00:00-05:00", "2026-11-27T00:00:00-05:00") == 0)
    }

    @Test func splitDaySkipsTheLunchBreak() {
        // Fri 11:30-12:00 (30 min) then 13:00-13:30.
        #expect(due(S.northAmerica, "2026-11-20T11:30:00-05:00", .businessTime(seconds: 3600)) == "2026-11-20T13:30:00-05:00")
        #expect(elapsed(S.northAmerica, "2026-11-20T00:00:00-05:00", "2026-11-21T00:00:00-05:00") == 21_600)
    }

    @Test func shortDayReplacesTheWeekdaysHours() {
        // Wed 12-23 17:00-17:30 (30 min), Thu 12-24 short day 09:00-10:30.
        #expect(due(S.northAmerica, "2026-12-23T17:00:00-05:00", .businessTime(seconds: 7200)) == "2026-12-24T10:30:00-05:00")
        // Christmas Eve closes at 12:00: 11:30 + 1 h runs into Friday 12-25 (no holiday listed) 09:30.
        #expect(due(S.northAmerica, "2026-12-24T11:30:00-05:00", .businessTime(seconds: 3600)) == "2026-12-25T09:30:00-05:00")
    }

    @Test func yearEndWithNewYearsDay() {
        // Thu 12-31 17:00 + 1 h: 30 min on Thursday, Fri 01-01 closed, Mon 01-04 09:00-09:30.
        #expect(due(S.northAmerica, "2026-12-31T17:00:00-05:00", .businessTime(seconds: 3600)) == "2027-01-04T09:30:00-05:00")
    }

    @Test func dstWeekendCountsRealHours() {
        let calendar = S.calendar("America/New_York", days: S.weekdays, windows: ["09:00-17:00"])
        // Fri 16:00 EST + 2 h: one hour on Friday, one on Monday after clocks sprang forward.
        #expect(due(calendar, "2026-03-06T16:00:00-05:00", .businessTime(seconds: 7200)) == "2026-03-09T10:00:00-04:00")
        #expect(elapsed(calendar, "2026-03-06T16:00:00-05:00", "2026-03-09T10:00:00-04:00") == 7200)
        // Autumn: Fri 16:30 EDT + 1 h = Mon 09:30 EST.
        #expect(due(calendar, "2026-10-30T16:30:00-04:00", .businessTime(seconds: 3600)) == "2026-11-02T09:30:00-05:00")
    }

    @Test func dstInsideHoursCountsElapsedTime() {
        let always = S.calendar("America/New_York", days: Weekday.allCases, windows: ["00:00-24:00"])
        // 2026-03-08 has 23 hours, 2026-11-01 has 25.
        #expect(elapsed(always, "2026-03-08T00:00:00-05:00", "2026-03-09T00:00:00-04:00") == 82_800)
        #expect(elapsed(always, "2026-11-01T00:00:00-04:00", "2026-11-02T00:00:00-05:00") == 90_000)
        // 01:30 EDT + 1 business hour = 01:30 EST (the repeated hour is worked).
        #expect(due(always, "2026-11-01T01:30:00-04:00", .businessTime(seconds: 3600)) == "2026-11-01T01:30:00-05:00")
    }

    @Test func windowEdgeInSpringForwardGapOpensWhenClocksJump() throws {
        let calendar = try #require(S.calendar("America/New_York", days: [.sunday], windows: ["02:30-10:00"]))
        // 02:30 does not exist on 2026-03-08: the window opens at 03:00 EDT (07:00Z).
        #expect(elapsed(calendar, "2026-03-08T00:00:00-05:00", "2026-03-09T00:00:00-04:00") == 25_200)
        #expect(calendar.isOpen(at: try #require(S.at("2026-03-08T06:59:59Z"))) == false)
        #expect(calendar.isOpen(at: try #require(S.at("2026-03-08T07:00:00Z"))))
        // A normal Sunday is 7.5 hours.
        #expect(elapsed(calendar, "2026-03-15T00:00:00-04:00", "2026-03-16T00:00:00-04:00") == 27_000)
    }

    @Test func windowEdgeInFallBackOverlapIsItsFirstOccurrence() {
        let calendar = S.calendar("America/New_York", days: [.sunday], windows: ["01:30-03:00"])
        // 01:30 EDT (05:30Z) to 03:00 EST (08:00Z): two and a half hours.
        #expect(elapsed(calendar, "2026-11-01T00:00:00-04:00", "2026-11-02T00:00:00-05:00") == 9000)
        #expect(due(calendar, "2026-11-01T00:00:00-04:00", .businessTime(seconds: 60)) == "2026-11-01T01:31:00-04:00")
    }

    @Test func overnightWindowRunsPastMidnight() {
        let calendar = S.calendar("Europe/Berlin", days: [.sunday, .monday, .tuesday, .wednesday, .thursday], windows: ["22:00-06:00"])
        // Mon 03:00 is inside Sunday's shift: 3 h to 06:00, then Monday's shift 22:00-23:00.
        #expect(due(calendar, "2026-11-23T03:00:00+01:00", .businessTime(seconds: 4 * 3600)) == "2026-11-23T23:00:00+01:00")
        // Friday 05:00 is inside Thursday's shift; nothing on Friday or Saturday nights.
        #expect(due(calendar, "2026-11-27T05:00:00+01:00", .businessTime(seconds: 2 * 3600)) == "2026-11-29T23:00:00+01:00")
    }

    @Test func overnightShiftBelongsToTheDayItOpens() {
        // Monday 2026-11-23 is a holiday: Sunday's shift still runs to Monday 06:00, Monday's does not open.
        let calendar = S.calendar(
            "Europe/Berlin", days: [.sunday, .monday, .tuesday], windows: ["22:00-06:00"], holidays: ["2026-11-23": []]
        )
        #expect(elapsed(calendar, "2026-11-22T12:00:00+01:00", "2026-11-24T12:00:00+01:00") == 28_800)
        #expect(due(calendar, "2026-11-23T05:00:00+01:00", .businessTime(seconds: 2 * 3600)) == "2026-11-24T23:00:00+01:00")
    }

    @Test func businessDaysCountFromDayZero() {
        // Friday after its last closing (16:00): day 0 is Monday, so +1 is Tuesday's closing.
        #expect(due(S.northAmerica, "2026-11-20T16:00:00-05:00", .businessDays(1)) == "2026-11-24T17:30:00-05:00")
        // Friday before its last closing: day 0 is Friday, +1 is Monday's closing.
        #expect(due(S.northAmerica, "2026-11-20T15:59:00-05:00", .businessDays(1)) == "2026-11-23T17:30:00-05:00")
        // Monday morning + 3: Tue, Wed, (Thanksgiving skipped) Fri closing at 16:00.
        #expect(due(S.northAmerica, "2026-11-23T08:00:00-05:00", .businessDays(3)) == "2026-11-27T16:00:00-05:00")
        // A Saturday start: day 0 is Monday; +0 is Monday's closing.
        #expect(due(S.northAmerica, "2026-11-21T10:00:00-05:00", .businessDays(0)) == "2026-11-23T17:30:00-05:00")
        // The short day counts as a working day with its own last closing.
        #expect(due(S.northAmerica, "2026-12-23T10:00:00-05:00", .businessDays(1)) == "2026-12-24T12:00:00-05:00")
    }

    @Test func startsOnAHolidayOrAtTheEdgesOfAWindow() {
        // Thanksgiving 10:00 + 1 business day: day 0 is Friday (the next working day), so Monday's closing.
        #expect(due(S.northAmerica, "2026-11-26T10:00:00-05:00", .businessDays(1)) == "2026-11-30T17:30:00-05:00")
        // Thanksgiving 10:00 + 15 business minutes: Friday 09:15.
        #expect(due(S.northAmerica, "2026-11-26T10:00:00-05:00", .businessTime(seconds: 900)) == "2026-11-27T09:15:00-05:00")
        // A start exactly at an opening counts from it; exactly at a closing waits for the next opening.
        #expect(due(S.northAmerica, "2026-11-23T09:00:00-05:00", .businessTime(seconds: 60)) == "2026-11-23T09:01:00-05:00")
        #expect(due(S.northAmerica, "2026-11-23T17:30:00-05:00", .businessTime(seconds: 60)) == "2026-11-24T09:01:00-05:00")
        // From a closed spell into a window counts only the window's part.
        #expect(elapsed(S.northAmerica, "2026-11-21T12:00:00-05:00", "2026-11-23T09:45:00-05:00") == 2700)
        // A whole ordinary week: 4 x 8.5 h + 6 h.
        #expect(elapsed(S.northAmerica, "2026-11-30T00:00:00-05:00", "2026-12-07T00:00:00-05:00") == 144_000)
    }

    @Test func sameInstantAndZeroDurations() throws {
        let calendar = try #require(S.northAmerica)
        let start = try #require(S.at("2026-11-21T10:00:00-05:00"))
        #expect(calendar.elapsed(from: start, to: start) == 0)
        #expect(calendar.add(.businessTime(seconds: 0), to: start) == start)
        #expect(calendar.add(.wallClock(seconds: 86_400), to: start) == start.addingTimeInterval(86_400))
        #expect(calendar.elapsed(from: start.addingTimeInterval(3600), to: start) == 0)
    }

    @Test func leapDay() {
        let calendar = S.calendar("UTC", days: S.weekdays, windows: ["09:00-17:00"])
        #expect(due(calendar, "2028-02-28T16:00:00Z", .businessTime(seconds: 2 * 3600)) == "2028-02-29T10:00:00Z")
        #expect(due(calendar, "2028-02-28T12:00:00Z", .businessDays(1)) == "2028-02-29T17:00:00Z")
        #expect(elapsed(calendar, "2028-02-28T00:00:00Z", "2028-03-02T00:00:00Z") == 86_400)
    }

    @Test func holidayOnAWeekendChangesNothing() {
        // 2026-07-04 is a Saturday; no substitute day is implied.
        let plain = S.calendar("America/New_York", days: S.weekdays, windows: ["09:00-17:00"])
        let withHoliday = S.calendar("America/New_York", days: S.weekdays, windows: ["09:00-17:00"], holidays: ["2026-07-04": []])
        #expect(due(withHoliday, "2026-07-02T16:00:00-04:00", .businessTime(seconds: 2 * 3600))
            == due(plain, "2026-07-02T16:00:00-04:00", .businessTime(seconds: 2 * 3600)))
        #expect(due(withHoliday, "2026-07-03T16:00:00-04:00", .businessTime(seconds: 2 * 3600)) == "2026-07-06T10:00:00-04:00")
    }

    @Test func openingsAndOpenness() throws {
        let calendar = try #require(S.northAmerica)
        let fridayEvening = try #require(S.at("2026-11-20T17:00:00-05:00"))
        #expect(calendar.nextOpening(after: fridayEvening) == S.at("2026-11-23T09:00:00-05:00"))
        #expect(calendar.isOpen(at: fridayEvening) == false)
        let mondayMorning = try #require(S.at("2026-11-23T09:00:00-05:00"))
        #expect(calendar.isOpen(at: mondayMorning))
        #expect(calendar.nextOpening(after: mondayMorning) == S.at("2026-11-24T09:00:00-05:00"))
        #expect(calendar.isOpen(at: try #require(S.at("2026-11-23T17:30:00-05:00"))) == false)
        // Lunch: closed at 12:00, reopens at 13:00.
        #expect(calendar.nextOpening(after: try #require(S.at("2026-11-20T12:00:00-05:00"))) == S.at("2026-11-20T13:00:00-05:00"))
    }

    @Test func unknownZoneIsRejected() {
        #expect(throws: BusinessCalendarError.unknownTimeZone("Mars/Olympus")) {
            try BusinessCalendar(spec: CalendarSpec(name: "x", timeZone: "Mars/Olympus", weekly: [:]))
        }
    }

    @Test func calendarWithoutWorkingTimeNeverFallsDue() throws {
        let calendar = try BusinessCalendar(spec: CalendarSpec(name: "x", timeZone: "UTC", weekly: [:]))
        let start = try #require(S.at("2026-11-23T09:00:00Z"))
        #expect(calendar.add(.businessTime(seconds: 60), to: start) == .distantFuture)
        #expect(calendar.add(.businessDays(1), to: start) == .distantFuture)
        #expect(calendar.nextOpening(after: start) == nil)
    }
}
