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

@Suite struct ReportClockOffsetTableTests {
    /// Zones with DST both ways, half-hour and 45-minute offsets, a 30-minute DST shift, and
    /// changes of standard offset (not DST) inside the table's span.
    static let zones = [
        "America/New_York", "Europe/Berlin", "Australia/Sydney", "Australia/Lord_Howe", "Asia/Kathmandu",
        "America/Sao_Paulo", "Europe/Moscow", "Asia/Pyongyang", "Pacific/Apia", "America/Santiago",
    ]

    @Test(arguments: zones)
    func agreesWithFoundationAtEveryInstantTried(zone name: String) throws {
        let clock = ReportClock(timeZone: name)
        let zone = try #require(TimeZone(identifier: name))
        var generator = SystemRandomNumberGenerator()
        var instants: [Int64] = (0..<2_000).map { _ in Int64.random(in: 0..<4_102_444_800, using: &generator) }
        // Both sides of every transition Foundation knows in 1970–2100.
        var cursor = Date(timeIntervalSince1970: 0)
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next.timeIntervalSince1970 < 4_102_444_800 {
            let second = Int64(next.timeIntervalSince1970)
            instants += [second - 1, second, second + 1]
            cursor = next
        }
        for second in instants {
            let date = Date(timeIntervalSince1970: TimeInterval(second))
            let expected = RFC3339Reference.format(seconds: second, offset: zone.secondsFromGMT(for: date))
            #expect(clock.format(date) == expected, "\(name) at \(second)")
        }
    }

    @Test func instantsOutsideTheTableAskTheZone() {
        let clock = ReportClock(timeZone: "Europe/Berlin")
        #expect(clock.format(epochMillis: 4_118_083_200_000) == "2100-07-01T02:00:00+02:00")
        #expect(clock.format(epochMillis: -1_000_000_000_000).hasSuffix("+01:00"))
    }
}

/// An independent RFC 3339 writer for whole seconds (the offset rounded toward zero to the
/// minute, as the report does), built on Foundation's calendar, to check the report clock by.
private enum RFC3339Reference {
    static func format(seconds: Int64, offset: Int) -> String {
        let minutes = offset / 60
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let parts = calendar.dateComponents(
            [.year, .month, .day, .hour, .minute, .second],
            from: Date(timeIntervalSince1970: TimeInterval(seconds + Int64(minutes * 60))))
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        let sign = minutes < 0 ? "-" : "+"
        let offsetText = minutes == 0 ? "+00:00" : "\(sign)\(two(abs(minutes) / 60)):\(two(abs(minutes) % 60))"
        return String(format: "%04d", parts.year ?? 0) + "-\(two(parts.month))-\(two(parts.day))T\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))" + offsetText
    }
}
