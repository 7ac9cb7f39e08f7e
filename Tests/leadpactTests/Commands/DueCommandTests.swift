import Foundation
import Testing

/// `leadpact due CONTRACT --calendar NAME --start TS --add DURATION`: the due instant on a
/// contract's calendar; bad input exits 2.
@Suite struct DueCommandTests {
    static let contract = "contracts/acme-global.sla.yaml"

    static func due(calendar: String, start: String, add: String) throws -> CommandResult {
        try CommandRunner.run(["due", contract, "--calendar", calendar, "--start", start, "--add", add])
    }

    @Test func aFridayEveningHandoffIsDueMondayMorningInBerlin() throws {
        let result = try Self.due(calendar: "emea", start: "2026-11-20T17:00:00-05:00", add: "1 business hour")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "2026-11-23T09:30:00+01:00\n", "\(result)")
    }

    @Test func theSameDurationInAnotherSpellingGivesTheSameInstant() throws {
        let result = try Self.due(calendar: "emea", start: "2026-11-20T17:00:00-05:00", add: "60 business minutes")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "2026-11-23T09:30:00+01:00\n", "\(result)")
    }

    @Test func aHolidayIsSkipped() throws {
        // Thanksgiving (2026-11-26) is closed on the na calendar; Friday opens at 09:00.
        let result = try Self.due(calendar: "na", start: "2026-11-25T17:30:00-05:00", add: "1 business hour")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "2026-11-27T10:00:00-05:00\n", "\(result)")
    }

    /// The worked examples of docs/business-time.md on the na calendar (Mon-Thu 09:00-17:30,
    /// Fri 09:00-12:00 and 13:00-16:00, Thanksgiving closed, Christmas Eve 09:00-12:00), and
    /// wall-clock durations, exact across the end of DST.
    @Test(arguments: [
        ("2026-11-20T17:00:00-05:00", "30 business minutes", "2026-11-23T09:30:00-05:00"),
        ("2026-11-20T16:00:00-05:00", "1 business day", "2026-11-24T17:30:00-05:00"),
        ("2026-11-20T15:59:00-05:00", "1 business day", "2026-11-23T17:30:00-05:00"),
        ("2026-11-25T17:00:00-05:00", "1 business hour", "2026-11-27T09:30:00-05:00"),
        ("2026-11-23T08:00:00-05:00", "3 business days", "2026-11-27T16:00:00-05:00"),
        ("2026-12-23T17:00:00-05:00", "2 business hours", "2026-12-24T10:30:00-05:00"),
        ("2026-11-19T17:00:00-05:00", "30 business minutes", "2026-11-19T17:30:00-05:00"),
        ("2026-11-20T11:30:00-05:00", "1 business hour", "2026-11-20T13:30:00-05:00"),
        ("2026-10-31T12:00:00-04:00", "1 day", "2026-11-01T11:00:00-05:00"),
        ("2026-10-31T12:00:00-04:00", "24h", "2026-11-01T11:00:00-05:00"),
        ("2026-11-20T17:00:00Z", "2d", "2026-11-22T12:00:00-05:00"),
    ])
    func documentedExamples(start: String, duration: String, due: String) throws {
        let result = try Self.due(calendar: "na", start: start, add: duration)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == due + "\n", "\(start) + \(duration): \(result)")
    }

    @Test func betweenPrintsTheBusinessTimeInSeconds() throws {
        let result = try CommandRunner.run([
            "due", Self.contract, "--calendar", "emea",
            "--between", "2026-11-20T17:00:00-05:00", "2026-11-23T09:30:00+01:00",
        ])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("3600 business seconds"), "\(result)")
    }

    @Test func oneBusinessSecondIsSingular() throws {
        let result = try CommandRunner.run([
            "due", Self.contract, "--calendar", "emea",
            "--between", "2026-11-23T10:00:00+01:00", "2026-11-23T10:00:01+01:00",
        ])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "1 business second (1s)\n", "\(result)")
    }

    @Test func anUnknownCalendarExitsTwoWithADidYouMean() throws {
        let result = try Self.due(calendar: "eme", start: "2026-11-20T17:00:00-05:00", add: "1 business hour")
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        #expect(result.stderr.contains("did you mean 'emea'"), "\(result)")
    }

    @Test func aTimestampWithoutOffsetExitsTwo() throws {
        let result = try Self.due(calendar: "emea", start: "2026-11-20T17:00:00", add: "1 business hour")
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        #expect(result.stderr.contains("offset"), "\(result)")
    }

    @Test(arguments: ["1 buisness hour", "soon", "1 fortnight", "business hour", ""])
    func aMalformedDurationExitsTwo(duration: String) throws {
        let result = try Self.due(calendar: "emea", start: "2026-11-20T17:00:00-05:00", add: duration)
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        #expect(result.stderr.contains("--add"), "\(result)")
    }

    @Test func aMissingContractExitsTwo() throws {
        let result = try CommandRunner.run([
            "due", "contracts/no-such-contract.sla.yaml", "--calendar", "emea",
            "--start", "2026-11-20T17:00:00-05:00", "--add", "1 business hour",
        ])
        #expect(result.status == 2, "\(result)")
    }
}
