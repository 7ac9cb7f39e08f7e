import Foundation
import LeadpactAudit
import Testing

@Suite struct ReportClockTests {
    @Test func writesTheZoneOffsetInForceAtTheInstant() {
        let clock = ReportClock(timeZone: "America/New_York")
        // 2026-07-01T12:00:00Z is daylight time, 2026-12-01T12:00:00Z standard time.
        #expect(clock.format(Date(timeIntervalSince1970: 1_782_907_200)) == "2026-07-01T08:00:00-04:00")
        #expect(clock.format(Date(timeIntervalSince1970: 1_796_126_400)) == "2026-12-01T07:00:00-05:00")
    }

    @Test func writesMillisecondsOnlyWhenPresentAndZForUTC() {
        let clock = ReportClock(timeZone: "UTC")
        #expect(clock.format(epochMillis: 1_500) == "1970-01-01T00:00:01.500Z")
        #expect(clock.format(epochMillis: -1_000) == "1969-12-31T23:59:59Z")
        #expect(ReportClock(timeZone: "Asia/Kolkata").format(epochMillis: 0) == "1970-01-01T05:30:00+05:30")
    }
}
