import Foundation
import Testing

/// Report periods on the twelve-week log `fixtures/acme-global-12w.jsonl`: consecutive
/// weeks judge each obligation exactly once, and a volume target is judged in the report
/// whose period holds its end.
@Suite struct AuditCommandPeriodTests {
    static let contract = "contracts/acme-global.sla.yaml"
    static let events = "fixtures/acme-global-12w.jsonl"

    static func report(_ period: [String]) throws -> [String: Any] {
        let result = try CommandRunner.run(["audit", contract, "--events", events, "--format", "json"] + period)
        #expect(result.status == 0, "\(result)")
        return try AuditCommandTests.object(result)
    }

    static func count(_ report: [String: Any], _ key: String) -> Int {
        (report["obligations"] as? [String: Any])?[key] as? Int ?? -1
    }

    /// What names a breach whatever the period it was judged in (a later report may also know
    /// that it was met late).
    static func identities(_ report: [String: Any]) -> [String] {
        ((report["breaches"] as? [[String: Any]]) ?? []).map { breach in
            ["rule", "lead", "due", "resolved_at"].map { "\(breach[$0] ?? "null")" }.joined(separator: "|")
        }.sorted()
    }

    @Test func twoConsecutiveWeeksJudgeWhatTheirTwoWeekSpanJudges() throws {
        let first = try Self.report(["--week", "2026-W46"])
        let second = try Self.report(["--week", "2026-W47"])
        let both = try Self.report(["--from", "2026-11-09", "--to", "2026-11-23"])
        for key in ["met", "breached", "waived"] {
            #expect(Self.count(first, key) + Self.count(second, key) == Self.count(both, key), "\(key)")
        }
        #expect(Self.count(both, "breached") > 0)
        #expect((Self.identities(first) + Self.identities(second)).sorted() == Self.identities(both))
        // Open obligations are those still open at the end: the later week's, not the sum.
        #expect(Self.count(second, "open") == Self.count(both, "open"))
    }

    /// The November volume targets of the contract (400 MQLs; 120 where region == emea).
    static func novemberTargets(_ report: [String: Any], in list: String) -> [[String: Any]] {
        ((report[list] as? [[String: Any]]) ?? []).filter {
            $0["rule"] as? String == "marketing.volume" && ($0["due"] as? String)?.hasPrefix("2026-12-01T00:00:00") == true
        }
    }

    @Test func novembersTargetIsJudgedInNovemberAndInTheWeekHoldingNovember30() throws {
        for period in [["--month", "2026-11"], ["--week", "2026-W49"]] {
            let report = try Self.report(period)
            #expect(Self.novemberTargets(report, in: "open").isEmpty, "\(period)")
            let obligations = report["obligations"] as? [String: Any]
            let volume = (obligations?["by_rule"] as? [String: Any])?["marketing.volume"] as? [String: Any]
            let judged = (volume?["met"] as? Int ?? 0) + (volume?["breached"] as? Int ?? 0)
            #expect(judged == 2, "\(period): \(volume ?? [:])")
            let breaches = Self.novemberTargets(report, in: "breaches")
            for breach in breaches {
                #expect(breach["lead"] is NSNull, "\(breach)")
                let detail = breach["detail"] as? String ?? ""
                #expect(detail.contains("per month") && detail.contains("required"), "\(detail)")
            }
            if let emea = breaches.first(where: { ($0["detail"] as? String)?.contains("region == emea") == true }) {
                #expect((emea["detail"] as? String)?.contains("120") == true, "\(emea)")
            }
        }
    }

    @Test func novembersTargetIsOpenInAWeekBeforeNovemberEnds() throws {
        let report = try Self.report(["--week", "2026-W48"])
        #expect(Self.novemberTargets(report, in: "breaches").isEmpty)
        let open = Self.novemberTargets(report, in: "open")
        #expect(open.count == 2, "\(open)")
        #expect(open.allSatisfy { $0["lead"] is NSNull })
    }

    @Test func breachesAcrossADSTChangeAreSortedByTheInstantTheyResolve() throws {
        let report = try Self.report(["--from", "2026-10-19", "--to", "2026-11-09"])
        let breaches = try #require(report["breaches"] as? [[String: Any]])
        #expect(breaches.count > 1)
        let parser = ISO8601DateFormatter()
        parser.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let plain = ISO8601DateFormatter()
        func instant(_ text: String?) -> Date? { text.flatMap { parser.date(from: $0) ?? plain.date(from: $0) } }
        let keys = try breaches.map { breach -> (Date, String, String) in
            let resolved = try #require(instant(breach["resolved_at"] as? String), "\(breach)")
            return (resolved, breach["rule"] as? String ?? "", breach["lead"] as? String ?? "")
        }
        #expect(Set(keys.map { $0.0.description }).count > 1)
        for (earlier, later) in zip(keys, keys.dropFirst()) {
            #expect(earlier <= later, "\(earlier) comes before \(later)")
        }
    }

    @Test func everyLineOfTheLogIsCountedWhateverThePeriod() throws {
        let lines = CommandResult.lines(try Repository.text(Self.events)).count
        for period in [["--week", "2026-W37"], ["--month", "2026-11"]] {
            let input = try Self.report(period)["input"] as? [String: Any]
            #expect(input?["lines"] as? Int == lines, "\(period)")
            #expect((input?["bad_lines"] as? Int ?? 0) > 0, "\(period)")
        }
    }

    @Test func aQuarterGivesTheReportOfItsThreeMonthsAsDates() throws {
        var quarter = try Self.report(["--quarter", "2026-Q4"])
        var range = try Self.report(["--from", "2026-10-01", "--to", "2027-01-01"])
        let quarterPeriod = try #require(quarter.removeValue(forKey: "period") as? [String: Any])
        let rangePeriod = try #require(range.removeValue(forKey: "period") as? [String: Any])
        #expect(quarterPeriod["from"] as? String == "2026-10-01T00:00:00-04:00")
        for key in ["from", "to"] { #expect(quarterPeriod[key] as? String == rangePeriod[key] as? String, "\(key)") }
        #expect(Self.count(quarter, "breached") > 0)
        let same = try JSONSerialization.data(withJSONObject: quarter, options: [.sortedKeys])
            == JSONSerialization.data(withJSONObject: range, options: [.sortedKeys])
        #expect(same)
    }

    @Test(arguments: ["2026-Q5", "2026-q4", "Q4-2026"])
    func aBadQuarterIsAUsageErrorThatShowsTheSpelling(_ text: String) throws {
        let result = try CommandRunner.run(["audit", Self.contract, "--events", Self.events, "--quarter", text])
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("invalid quarter '\(text)'") && result.stderr.contains("2026-Q4"), "\(result)")
    }

    @Test func aQuarterWithAnotherPeriodIsAUsageError() throws {
        let result = try CommandRunner.run(["audit", Self.contract, "--events", Self.events, "--quarter", "2026-Q4", "--month", "2026-11"])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("--quarter 2026-Q4"), "\(result)")
    }
}
