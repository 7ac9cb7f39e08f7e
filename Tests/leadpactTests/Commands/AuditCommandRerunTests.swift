import Foundation
import Testing

/// Re-running a past week after the log has grown gives the same obligations and breaches:
/// the audit reads the events before its period's end and ignores later ones, while `input`
/// still counts every line read.
@Suite struct AuditCommandRerunTests {
    /// Events from the week after 2026-W47 (which ends 2026-11-23T00:00:00-05:00), the first
    /// exactly at its end: they would resolve open obligations and start new cycles if read.
    static let laterEvents = """
        {"ts":"2026-11-23T00:00:00-05:00","lead":"L-1007","type":"accepted","by":"bruno"}
        {"ts":"2026-11-23T09:20:00-05:00","lead":"L-1007","type":"touch","by":"bruno","channel":"call"}
        {"ts":"2026-11-23T10:00:00-05:00","lead":"L-1007","type":"disqualified","by":"bruno","reason":"no_budget"}
        {"ts":"2026-11-24T09:00:00-05:00","lead":"L-2001","type":"profile","set":{"region":"na","seniority":"vp","company_size":400}}
        {"ts":"2026-11-24T09:05:00-05:00","lead":"L-2001","type":"mql","by":"marketing","context":{"trigger":"demo","source":"webinar"}}

        """

    @Test func eventsAfterTheWeekDoNotChangeItsReport() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.copy(AuditCommandTests.contract, to: "contract.sla.yaml")
        try directory.copy(AuditCommandTests.events, to: "events.jsonl")
        let arguments = ["audit", "contract.sla.yaml", "--events", "events.jsonl", "--week", "2026-W47", "--format", "json"]

        let before = try CommandRunner.run(arguments, in: directory.url)
        #expect(before.status == 0, "\(before)")
        var log = try directory.read("events.jsonl")
        if !log.hasSuffix("\n") { log += "\n" }
        try directory.write(log + Self.laterEvents, to: "events.jsonl")
        let after = try CommandRunner.run(arguments, in: directory.url)
        #expect(after.status == 0, "\(after)")

        var first = try AuditCommandTests.object(before)
        var second = try AuditCommandTests.object(after)
        var firstInput = try #require(first["input"] as? [String: Any])
        var secondInput = try #require(second["input"] as? [String: Any])
        let appended = CommandResult.lines(Self.laterEvents).count
        #expect((secondInput["lines"] as? Int) == (firstInput["lines"] as? Int).map { $0 + appended })
        firstInput["lines"] = nil
        secondInput["lines"] = nil
        first["input"] = firstInput
        second["input"] = secondInput
        #expect(first as NSDictionary == second as NSDictionary)
    }
}
