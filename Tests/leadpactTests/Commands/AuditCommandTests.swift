import Foundation
import Testing

/// `leadpact audit CONTRACT --events FILE… (--week W | --month M | --from D --to D)` on the
/// report scenario in `fixtures/reports/` (week 2026-W47: breaches on both sides, open
/// obligations and three bad lines).
@Suite struct AuditCommandTests {
    static let contract = "fixtures/reports/contract.sla.yaml"
    static let events = "fixtures/reports/events.jsonl"

    static func audit(_ options: [String], in directory: URL = Repository.root,
                      contract: String = contract, events: String = events) throws -> CommandResult {
        try CommandRunner.run(["audit", contract, "--events", events] + options, in: directory)
    }

    static func object(_ result: CommandResult) throws -> [String: Any] {
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(json as? [String: Any], "audit --format json did not print an object: \(result)")
    }

    @Test func jsonReportHasEveryKeyOfTheBrief() throws {
        let result = try Self.audit(["--week", "2026-W47", "--format", "json"])
        #expect(result.status == 0, "\(result)")
        let report = try Self.object(result)

        let contract = try #require(report["contract"] as? [String: Any])
        #expect(contract["id"] is String && contract["version"] is String)
        let digest = try #require(contract["digest"] as? String)
        #expect(try CompileCommandTests.digestPattern.wholeMatch(in: digest) != nil, "\(digest)")

        let period = try #require(report["period"] as? [String: Any])
        #expect(period["from"] as? String == "2026-11-16T00:00:00-05:00")
        #expect(period["to"] as? String == "2026-11-23T00:00:00-05:00")

        let obligations = try #require(report["obligations"] as? [String: Any])
        let counts = ["total", "met", "breached", "waived", "open"].compactMap { obligations[$0] as? Int }
        #expect(counts.count == 5, "\(obligations)")
        #expect(counts.count == 5 && counts[0] == counts[1] + counts[2] + counts[3] + counts[4], "\(obligations)")

        let breaches = try #require(report["breaches"] as? [[String: Any]])
        #expect(breaches.count == obligations["breached"] as? Int)
        for breach in breaches {
            for key in ["rule", "side", "lead", "owner", "due", "resolved_at", "met_at", "late_by_seconds", "detail"] {
                #expect(breach.keys.contains(key), "breach without '\(key)': \(breach)")
            }
        }
        let open = try #require(report["open"] as? [[String: Any]])
        #expect(open.count == obligations["open"] as? Int)
        for item in open {
            for key in ["rule", "lead", "owner", "due"] {
                #expect(item.keys.contains(key), "open obligation without '\(key)': \(item)")
            }
        }

        let input = try #require(report["input"] as? [String: Any])
        #expect(input["lines"] as? Int == 76)
        #expect(input["bad_lines"] as? Int == 3)
        let issues = try #require(input["issues"] as? [[String: Any]])
        #expect(issues.allSatisfy { $0["line"] is Int && $0["message"] is String })
    }

    @Test func breachesAreSortedByResolutionRuleAndLead() throws {
        let report = try Self.object(try Self.audit(["--week", "2026-W47", "--format", "json"]))
        let breaches = try #require(report["breaches"] as? [[String: Any]])
        #expect(!breaches.isEmpty)
        // RFC 3339 strings with the same offset sort like the instants they name.
        let keys = breaches.map { [$0["resolved_at"] as? String ?? "", $0["rule"] as? String ?? "", $0["lead"] as? String ?? ""] }
        #expect(keys == keys.sorted { $0.lexicographicallyPrecedes($1) })
    }

    @Test func failOnBreachExitsOneWhenThereAreBreaches() throws {
        let plain = try Self.audit(["--week", "2026-W47"])
        #expect(plain.status == 0, "\(plain)")
        let failing = try Self.audit(["--week", "2026-W47", "--fail-on-breach"])
        #expect(failing.status == 1, "\(failing)")
        #expect(failing.stdout == plain.stdout)
    }

    @Test func failOnBreachExitsZeroForAPeriodWithoutBreaches() throws {
        let result = try Self.audit(["--week", "2026-W42", "--fail-on-breach", "--format", "json"])
        #expect(result.status == 0, "\(result)")
        #expect((try Self.object(result)["breaches"] as? [Any])?.isEmpty == true)
    }

    @Test func strictExitsThreeOnBadLines() throws {
        let result = try Self.audit(["--week", "2026-W47", "--strict"])
        #expect(result.status == 3, "\(result)")
        #expect(result.stderr.contains("\(Self.events):45"), "\(result)")
    }

    @Test func strictPassesALogWithoutBadLines() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let lines = try Repository.text(Self.events).split(separator: "\n", omittingEmptySubsequences: false)
        let good = lines.enumerated().filter { ![44, 54, 55].contains($0.offset) }.map(\.element)
        try directory.write(good.joined(separator: "\n"), to: "events.jsonl")
        let result = try Self.audit(["--week", "2026-W47", "--strict", "--format", "json"], events: directory.path("events.jsonl"))
        #expect(result.status == 0, "\(result)")
        #expect((try Self.object(result)["input"] as? [String: Any])?["bad_lines"] as? Int == 0)
    }

    @Test func aWeekAndTheSameDatesGiveTheSameReport() throws {
        let week = try Self.object(try Self.audit(["--week", "2026-W47", "--format", "json"]))
        let dates = try Self.object(try Self.audit(["--from", "2026-11-16", "--to", "2026-11-23", "--format", "json"]))
        // Only the period's label names how the period was asked for.
        #expect(Self.withoutLabel(week) == Self.withoutLabel(dates))
    }

    static func withoutLabel(_ report: [String: Any]) -> NSDictionary {
        var copy = report
        if var period = copy["period"] as? [String: Any] {
            period["label"] = nil
            copy["period"] = period
        }
        return copy as NSDictionary
    }

    @Test func aLogSplitIntoTwoFilesReadInOrderGivesTheSameJudgements() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let lines = CommandResult.lines(try Repository.text(Self.events))
        try directory.write(lines.prefix(40).joined(separator: "\n") + "\n", to: "first.jsonl")
        try directory.write(lines.dropFirst(40).joined(separator: "\n") + "\n", to: "second.jsonl")
        let whole = try Self.object(try Self.audit(["--week", "2026-W47", "--format", "json"]))
        let split = try Self.object(try CommandRunner.run([
            "audit", Self.contract, "--events", directory.path("first.jsonl"), directory.path("second.jsonl"),
            "--week", "2026-W47", "--format", "json",
        ]))
        for key in ["obligations", "open"] {
            #expect((whole[key] as? NSObject) == (split[key] as? NSObject), "\(key)")
        }
        #expect(AuditCommandCSVTests.comparable(whole)["breaches"] as? NSArray == AuditCommandCSVTests.comparable(split)["breaches"] as? NSArray)
        let input = split["input"] as? [String: Any]
        #expect(input?["lines"] as? Int == lines.count)
        #expect(input?["bad_lines"] as? Int == 3)
    }

    @Test func aMissingEventsFileExitsTwo() throws {
        let result = try Self.audit(["--week", "2026-W47"], events: "fixtures/reports/no-such-events.jsonl")
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("no-such-events.jsonl"), "\(result)")
    }

    @Test func aMissingContractExitsTwo() throws {
        let result = try Self.audit(["--week", "2026-W47"], contract: "fixtures/reports/no-such-contract.sla.yaml")
        #expect(result.status == 2, "\(result)")
    }

    @Test func outputOptionWritesTheReport() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let printed = try Self.audit(["--week", "2026-W47", "--format", "csv"])
        let written = try Self.audit(["--week", "2026-W47", "--format", "csv", "-o", directory.path("w47.csv")])
        #expect(written.status == 0, "\(written)")
        #expect(written.stdout.isEmpty, "\(written)")
        #expect(try directory.read("w47.csv") == printed.stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == ["w47.csv"], "a temporary file was left")
    }

    @Test func outputToStandardOutputByNameIsPrinted() throws {
        let printed = try Self.audit(["--week", "2026-W47", "--format", "json"])
        let written = try Self.audit(["--week", "2026-W47", "--format", "json", "-o", "/dev/stdout"])
        #expect(written.status == 0, "\(written)")
        #expect(written.stdout == printed.stdout)
    }

    @Test func outputToALinkIsWrittenThroughIt() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let target = directory.path("target.csv"), link = directory.path("link.csv")
        try String(repeating: "old content that is longer than nothing\n", count: 500).write(toFile: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let printed = try Self.audit(["--week", "2026-W47", "--format", "csv"])
        let written = try Self.audit(["--week", "2026-W47", "--format", "csv", "-o", link])
        #expect(written.status == 0, "\(written)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == printed.stdout)
    }

    @Test func anUnwritableOutputExitsTwoAndLeavesNothing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let target = directory.path("missing-folder/w47.json")
        let result = try Self.audit(["--week", "2026-W47", "--format", "json", "-o", target])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("cannot write \(target)"), "\(result)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path).isEmpty, "a file was left")
    }
}
