import Foundation
import LeadpactCalendar
import Testing

/// Our answers on the hand-checked cases where `businesstimedelta` answers differently
/// (docs/business-time.md, "Differences from businesstimedelta"); its answer is in each comment.
@Suite struct DocumentedDifferenceTests {
    typealias S = CalendarTestSupport

    @Test func startInsideAnOvernightWindowCountsTheRestOfIt() throws {
        let calendar = try #require(S.calendar(
            "America/New_York", days: [.sunday, .monday, .tuesday, .wednesday, .thursday], windows: ["22:00-06:00"]
        ))
        // Mon 03:00 is in Sunday's shift: due 04:00. businesstimedelta: 23:00 (it waits for Monday's shift).
        let due = calendar.add(.businessTime(seconds: 3600), to: try #require(S.at("2026-11-23T03:00:00-05:00")))
        #expect(RFC3339.format(due, in: calendar.timeZone) == "2026-11-23T04:00:00-05:00")
    }

    @Test func edgeInSpringForwardGap() throws {
        let calendar = try #require(S.calendar("America/New_York", days: [.sunday], windows: ["02:30-10:00"]))
        // Opens when the clocks jump (03:00 EDT): 7 h. businesstimedelta reads 02:30 as EST (03:30 EDT): 6.5 h (23 400 s).
        let day = try calendar.elapsed(from: #require(S.at("2026-03-08T00:00:00-05:00")), to: #require(S.at("2026-03-09T00:00:00-04:00")))
        #expect(day == 25_200)
    }

    @Test func edgeInFallBackOverlap() throws {
        let calendar = try #require(S.calendar("America/New_York", days: [.sunday], windows: ["01:30-03:00"]))
        // Opens at the first 01:30 (EDT): 2.5 h. businesstimedelta opens at the second (EST): 1.5 h (5 400 s).
        let day = try calendar.elapsed(from: #require(S.at("2026-11-01T00:00:00-04:00")), to: #require(S.at("2026-11-02T00:00:00-05:00")))
        #expect(day == 9000)
    }

    @Test func holidayOnA23HourDayEndsAtMidnight() throws {
        let calendar = try #require(S.calendar(
            "America/New_York", days: Weekday.allCases, windows: ["00:30-08:00"], holidays: ["2026-03-08": []]
        ))
        // Monday's 00:30-08:00 counts in full: 7.5 h. businesstimedelta ends the holiday 24 h after
        // its midnight (Monday 01:00 EDT) and loses Monday 00:30-01:00: 7 h (25 200 s).
        let span = try calendar.elapsed(from: #require(S.at("2026-03-08T00:00:00-05:00")), to: #require(S.at("2026-03-10T00:00:00-04:00")))
        #expect(span == 27_000)
    }

    @Test func zeroBusinessTimeIsTheStartItself() throws {
        let calendar = try #require(S.calendar("America/New_York", days: S.weekdays, windows: ["09:00-17:00"]))
        // businesstimedelta moves a zero duration to the next opening (Monday 09:00).
        let saturday = try #require(S.at("2026-11-21T10:00:00-05:00"))
        #expect(calendar.add(.businessTime(seconds: 0), to: saturday) == saturday)
    }
}
