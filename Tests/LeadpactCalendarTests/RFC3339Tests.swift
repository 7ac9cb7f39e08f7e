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
