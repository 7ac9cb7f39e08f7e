import Foundation
import LeadpactCalendar
import Testing

@Suite struct RFC3339Tests {
    @Test func parsesOffsetsAndFractions() {
        #expect(RFC3339.parse("2026-11-16T09:03:00-05:00") == Date(timeIntervalSince1970: 1_794_837_780))
        #expect(RFC3339.parse("2026-11-16T14:03:00Z") == Date(timeIntervalSince1970: 1_794_837_780))
        #expect(RFC3339.parse("2026-11-16t14:03:00z") == Date(timeIntervalSince1970: 1_794_837_780))
        #expect(RFC3339.parse("2026-11-16 19:33:00+05:30") == Date(timeIntervalSince1970: 1_794_837_780))
        #expect(RFC3339.parse("2026-11-16T14:03:00.250Z") == Date(timeIntervalSince1970: 1_794_837_780.25))
        #expect(RFC3339.parse("2028-02-29T00:00:00-00:00") == Date(timeIntervalSince1970: 1_835_395_200))
    }

    @Test func rejectsAnythingElse() {
        for text in [
            "2026-11-16T09:03:00", "2026-11-16", "2026-11-16T09:03-05:00", "2026-11-16T09:03:00+0500",
            "2026-02-29T00:00:00Z", "2026-11-16T24:00:00Z", "2026-11-16T09:60:00Z", "2026-11-16T09:03:60Z",
            "2026-11-16T09:03:00.Z", "2026-11-16T09:03:00Z ", " 2026-11-16T09:03:00Z", "2026-11-16T09:03:00+24:00",
            "２０２６-11-16T09:03:00Z", "2026-11-16T09:03:00EST", "",
        ] {
            #expect(RFC3339.parse(text) == nil, "\(text)")
        }
    }

    @Test func formatsInAZone() throws {
        let instant = try #require(RFC3339.parse("2026-11-16T14:03:00Z"))
        #expect(RFC3339.format(instant, in: try #require(TimeZone(identifier: "America/New_York"))) == "2026-11-16T09:03:00-05:00")
        #expect(RFC3339.format(instant, in: try #require(TimeZone(identifier: "Asia/Kolkata"))) == "2026-11-16T19:33:00+05:30")
        #expect(RFC3339.format(instant, in: try #require(TimeZone(identifier: "UTC"))) == "2026-11-16T14:03:00Z")
        #expect(RFC3339.format(instant.addingTimeInterval(0.5), in: try #require(TimeZone(identifier: "UTC"))) == "2026-11-16T14:03:00.500Z")
    }

    @Test func formatsMillisecondsOffsetsAndYearsOutsideFourDigits() {
        #expect(RFC3339.format(epochMilliseconds: 1_794_837_780_007, offsetSeconds: -16_200, zeroOffsetAsZ: true) == "2026-11-16T09:33:00.007-04:30")
        #expect(RFC3339.format(epochMilliseconds: 1_794_837_780_120, offsetSeconds: 0, zeroOffsetAsZ: false) == "2026-11-16T14:03:00.120+00:00")
        #expect(RFC3339.format(epochMilliseconds: 0, offsetSeconds: 20_700, zeroOffsetAsZ: true) == "1970-01-01T05:45:00+05:45")
        // An offset with seconds is written to the minute, the clock reading moved to match.
        #expect(RFC3339.format(epochMilliseconds: 0, offsetSeconds: -17_762, zeroOffsetAsZ: true) == "1969-12-31T19:04:00-04:56")
        #expect(RFC3339.format(epochMilliseconds: -62_135_596_800_000, offsetSeconds: 0, zeroOffsetAsZ: true) == "0001-01-01T00:00:00Z")
        #expect(RFC3339.format(epochMilliseconds: 253_402_300_800_000, offsetSeconds: 0, zeroOffsetAsZ: true) == "10000-01-01T00:00:00Z")
        var bytes = Array("at ".utf8)
        RFC3339.write(epochMilliseconds: 253_402_300_800_000, offsetSeconds: 3_600, zeroOffsetAsZ: true, into: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "at 10000-01-01T01:00:00+01:00")
    }

    @Test func roundTrips() throws {
        var generator = SeededGenerator(seed: 9)
        let zones = try ["America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Kathmandu"].map { try #require(TimeZone(identifier: $0)) }
        for _ in 0..<5000 {
            let instant = Date(timeIntervalSince1970: Double(Int.random(in: -2_000_000_000...4_000_000_000, using: &generator)))
            let zone = try #require(zones.randomElement(using: &generator))
            #expect(RFC3339.parse(RFC3339.format(instant, in: zone)) == instant)
        }
    }
}
