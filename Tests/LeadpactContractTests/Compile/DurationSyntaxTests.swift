import LeadpactCalendar
import LeadpactContract
import Testing

@Suite struct DurationSyntaxTests {
    @Test(arguments: [
        ("30 minutes", SLADuration.wallClock(seconds: 1_800)), ("1 minute", .wallClock(seconds: 60)),
        ("2 hours", .wallClock(seconds: 7_200)), ("1 day", .wallClock(seconds: 86_400)),
        ("2 weeks", .wallClock(seconds: 1_209_600)), ("30m", .wallClock(seconds: 1_800)), ("1h", .wallClock(seconds: 3_600)),
        ("2d", .wallClock(seconds: 172_800)), ("1w", .wallClock(seconds: 604_800)), ("7 Days", .wallClock(seconds: 604_800)),
        ("30 business minutes", .businessTime(seconds: 1_800)), ("1 business hour", .businessTime(seconds: 3_600)),
        ("10 business days", .businessDays(10)), ("0 minutes", .wallClock(seconds: 0)),
    ])
    func parses(_ text: String, _ expected: SLADuration) throws {
        #expect(try DurationSyntax.parse(text).get() == expected)
    }

    @Test(arguments: [
        ("30 mins", DurationSyntaxError.unknownUnit("mins", suggestion: nil)),
        ("30 minuts", .unknownUnit("minuts", suggestion: "minutes")),
        ("1.5 hours", .fractional), ("-2 days", .negative), ("2 business weeks", .businessWeeks(2)),
        ("business 30 minutes", .malformed("business 30 minutes")), ("", .malformed("")), ("days", .malformed("days")),
        ("99999999999999999999 days", .tooLarge), ("9223372036854775807 weeks", .tooLarge),
    ])
    func rejects(_ text: String, _ expected: DurationSyntaxError) {
        #expect(throws: expected) { try DurationSyntax.parse(text).get() }
    }

    @Test(arguments: ["30 minutes", "2 hours", "3 days", "2 weeks", "90 minutes", "1 business hour", "45 business minutes", "10 business days", "1 business day"])
    func formattingReadsBack(_ text: String) throws {
        let duration = try DurationSyntax.parse(text).get()
        #expect(DurationSyntax.format(duration) == text)
    }

    @Test(arguments: [
        (SLADuration.businessTime(seconds: 1), "1 business second"), (.wallClock(seconds: 1), "1 second"),
        (.businessTime(seconds: 61), "61 business seconds"), (.wallClock(seconds: 0), "0 minutes"),
        (.businessTime(seconds: 0), "0 business minutes"), (.businessDays(1), "1 business day"),
    ])
    func formattingCountsOneInTheSingular(_ duration: SLADuration, _ text: String) {
        #expect(DurationSyntax.format(duration) == text)
    }

    @Test func versionsParseAsSemver() {
        #expect(SemanticVersion(parsing: "1.4.0") == SemanticVersion(major: 1, minor: 4, patch: 0))
        #expect(SemanticVersion(parsing: "2.0.1-rc.1+build.7") == SemanticVersion(major: 2, minor: 0, patch: 1, prerelease: "rc.1", build: "build.7"))
        for bad in ["1.4", "01.4.0", "1.4.0-", "1.4.0+", "v1.4.0", "1.4.0.0", "1..0", "1.4.0-ä"] {
            #expect(SemanticVersion(parsing: bad) == nil, "\(bad)")
        }
    }
}
