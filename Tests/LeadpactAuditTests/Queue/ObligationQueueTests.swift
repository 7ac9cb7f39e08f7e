import Foundation
import LeadpactAudit
import LeadpactCalendar
import LeadpactContract
import Testing

/// The queue at 16:50 on Monday 2026-11-16 (New York; calendar `na` open 09:00-17:00,
/// accept within 30 minutes, first touch within an hour, both wall clock).
@Suite struct ObligationQueueTests {
    static let events = """
        {"ts":"2026-11-16T15:00:00-05:00","lead":"A","type":"mql"}
        {"ts":"2026-11-16T15:01:00-05:00","lead":"A","type":"assigned","to":"ana"}
        {"ts":"2026-11-16T15:20:00-05:00","lead":"A","type":"accepted"}
        {"ts":"2026-11-16T15:00:00-05:00","lead":"B","type":"mql"}
        {"ts":"2026-11-16T15:01:00-05:00","lead":"B","type":"assigned","to":"bo"}
        {"ts":"2026-11-16T16:30:00-05:00","lead":"B","type":"assigned","to":"cy"}
        {"ts":"2026-11-16T17:30:00-05:00","lead":"B","type":"accepted"}
        {"ts":"2026-11-16T15:00:00-05:00","lead":"C","type":"mql"}
        {"ts":"2026-11-16T16:00:00-05:00","lead":"C","type":"rejected","reason":"no_budget"}
        {"ts":"2026-11-16T16:40:00-05:00","lead":"D","type":"mql"}
        {"ts":"2026-11-16T16:41:00-05:00","lead":"D","type":"assigned","to":"dee"}
        {"ts":"2026-11-16T15:00:00-05:00","lead":"E","type":"mql"}
        {"ts":"2026-11-16T15:01:00-05:00","lead":"E","type":"assigned","to":"ana"}
        {"ts":"2026-11-16T15:40:00-05:00","lead":"E","type":"accepted"}
        {"ts":"2026-11-16T15:50:00-05:00","lead":"E","type":"touch","channel":"call"}
        """

    static let at = RFC3339.parse("2026-11-16T16:50:00-05:00")!

    static func queue(within: SLADuration? = nil) throws -> ObligationQueue {
        let files = try TemporaryFiles()
        defer { files.remove() }
        let path = try files.write("events.jsonl", events)
        return try ObligationQueue.take(
            contract: TestContract.make(), digest: "sha256:test", eventFiles: [path], at: at,
            within: within.map { QueueWindow(text: "window", duration: $0) }, options: AuditOptions())
    }

    static func lines(_ items: [QueueItem]) -> [String] {
        let clock = ReportClock(timeZone: "America/New_York")
        return items.map {
            "\($0.rule.rawValue) \($0.lead ?? "-") \($0.owner) due \(clock.format($0.due)) "
                + "left \($0.businessSecondsLeft.map(String.init) ?? "-")/\($0.secondsLeft)"
        }
    }

    @Test func breachingAreThePastDueUnmetObligationsOfLeadsStillWaiting() throws {
        let queue = try Self.queue()
        // A: no touch by 16:00. B: accepted only after the instant, and now owned by cy.
        // C's cycle ended (rejected); E was accepted late before the instant, and touched.
        #expect(Self.lines(queue.breaching) == [
            "sales.accept B cy due 2026-11-16T15:30:00-05:00 left -4800/-4800",
            "sales.first_touch A ana due 2026-11-16T16:00:00-05:00 left -3000/-3000",
            "sales.first_touch B cy due 2026-11-16T16:00:00-05:00 left -3000/-3000",
        ])
        #expect(queue.breaching.allSatisfy { $0.isBreaching && $0.calendar == "na" })
    }

    @Test func openObligationsCountBusinessTimeOnTheLeadsCalendar() throws {
        let queue = try Self.queue()
        // Due after the 17:00 close: ten business minutes left, however much wall time.
        #expect(Self.lines(queue.open) == [
            "sales.accept D dee due 2026-11-16T17:10:00-05:00 left 600/1200",
            "sales.first_touch D dee due 2026-11-16T17:40:00-05:00 left 600/3000",
        ])
    }

    @Test func theOpenListIsTheAuditsForAPeriodEndingAtTheInstant() throws {
        let files = try TemporaryFiles()
        defer { files.remove() }
        let path = try files.write("events.jsonl", Self.events)
        let contract = TestContract.make()
        let end = try #require(RFC3339.parse("2026-11-16T17:00:00-05:00"))
        let audit = try Auditor.audit(
            contract: contract, digest: "sha256:test", eventFiles: [path],
            period: ReportPeriod(from: end.addingTimeInterval(-86_400), to: end, label: "day"), options: AuditOptions())
        let queue = try ObligationQueue.take(
            contract: contract, digest: "sha256:test", eventFiles: [path], at: end, within: nil, options: AuditOptions())
        #expect(!audit.open.isEmpty)
        #expect(queue.open.map { [$0.rule.rawValue, $0.lead ?? "-", $0.owner, "\($0.due)", "\($0.secondsLeft)"] }
            == audit.open.map { [$0.rule.rawValue, $0.lead ?? "-", $0.owner, "\($0.due)", "\($0.timeLeftSeconds)"] })
    }

    @Test func withinLimitsTheOpenListByWallOrBusinessTime() throws {
        #expect(try Self.queue(within: .wallClock(seconds: 1800)).open.map(\.rule) == [.salesAccept])
        #expect(try Self.queue(within: .businessTime(seconds: 600)).open.count == 2)
        #expect(try Self.queue(within: .businessTime(seconds: 599)).open.isEmpty)
        #expect(try Self.queue(within: .businessDays(1)).open.count == 2)
        #expect(try Self.queue(within: .wallClock(seconds: 60)).breaching.count == 3)
    }

    @Test func ownersWithABreachComeFirst() throws {
        let owners = try Self.queue().owners
        #expect(owners.map(\.owner) == ["cy", "ana", "dee"])
        #expect(owners.map { [$0.breaching.count, $0.open.count] } == [[2, 0], [1, 0], [0, 2]])
    }
}
