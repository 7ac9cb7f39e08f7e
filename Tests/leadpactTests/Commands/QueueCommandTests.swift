import Foundation
import Testing

/// `leadpact queue` on the twelve-week log: the open list is the audit's for a period ending at
/// the instant, breaching obligations come first, and the options behave as the help says.
@Suite struct QueueCommandTests {
    static let contract = "contracts/acme-global.sla.yaml"
    static let events = "fixtures/acme-global-12w.jsonl"

    static func queue(_ options: [String]) throws -> [String: Any] {
        let result = try CommandRunner.run(["queue", contract, "--events", events, "--format", "json"] + options)
        #expect(result.status == 0, "\(result)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    static func identities(_ items: Any?) -> [String] {
        ((items as? [[String: Any]]) ?? []).map { item in
            ["rule", "lead", "owner", "due"].map { "\(item[$0] ?? "null")" }.joined(separator: "|")
        }
    }

    /// Midnight instants: an ordinary Thursday, the Monday after daylight time ended (Nov 1),
    /// Thanksgiving (a holiday of `na`) and the day after it.
    @Test(arguments: [
        ("2026-10-08", "2026-10-15", "2026-10-15T00:00:00-04:00"),
        ("2026-10-26", "2026-11-02", "2026-11-02T00:00:00-05:00"),
        ("2026-11-19", "2026-11-26", "2026-11-26T00:00:00-05:00"),
        ("2026-11-20", "2026-11-27", "2026-11-27T00:00:00-05:00"),
    ])
    func theOpenListIsTheAuditsForAPeriodEndingThen(from: String, to: String, at: String) throws {
        let audit = try AuditCommandPeriodTests.report(["--from", from, "--to", to])
        let queue = try Self.queue(["--at", at])
        let open = Self.identities(queue["open"])
        #expect(!open.isEmpty)
        #expect(open == Self.identities(audit["open"]))
        let wall = ((queue["open"] as? [[String: Any]]) ?? []).map { $0["time_left_seconds"] as? Int }
        let auditWall = ((audit["open"] as? [[String: Any]]) ?? []).map { $0["time_left_seconds"] as? Int }
        #expect(wall == auditWall)
    }

    /// The business time left is what `leadpact due --between` measures on the lead's calendar,
    /// across the clock change and the holiday.
    @Test(arguments: ["2026-11-02T00:00:00-05:00", "2026-11-26T00:00:00-05:00", "2026-11-25T16:00:00-05:00"])
    func businessTimeLeftIsMeasuredOnTheLeadsCalendar(at: String) throws {
        let queue = try Self.queue(["--at", at])
        let items = ((queue["open"] as? [[String: Any]]) ?? []).filter { $0["calendar"] is String }
        let byCalendar = Dictionary(grouping: items) { $0["calendar"] as? String ?? "" }
        #expect(!byCalendar.isEmpty)
        for (calendar, items) in byCalendar {
            let item = try #require(items.last)
            let due = try #require(item["due"] as? String)
            let between = try CommandRunner.run(["due", Self.contract, "--calendar", calendar, "--between", at, due])
            let seconds = Int(between.stdout.prefix { $0.isNumber })
            #expect(seconds == item["business_time_left_seconds"] as? Int, "\(calendar) \(due): \(between)")
        }
    }

    @Test func breachingComeFirstAndFailIfBreachingExitsOne() throws {
        let arguments = ["queue", Self.contract, "--events", Self.events, "--at", "2026-11-27T09:00:00-05:00"]
        let plain = try CommandRunner.run(arguments)
        #expect(plain.status == 0, "\(plain)")
        let breaching = try #require(plain.stdout.range(of: "\nBREACHING ("))
        let open = try #require(plain.stdout.range(of: "\nOPEN ("))
        #expect(breaching.upperBound < open.lowerBound)
        #expect(!plain.stdout.contains("BREACHING (0)"))
        for line in plain.stdout.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
        let failing = try CommandRunner.run(arguments + ["--fail-if-breaching"])
        #expect(failing.status == 1, "\(failing)")
        #expect(failing.stdout == plain.stdout)
    }

    /// Breaches judged at an event (an sql without the criteria) are history the audit
    /// reports; only missed deadlines of leads still waiting are breaching, none met since.
    @Test func onlyMissedDeadlinesOfWaitingLeadsAreBreaching() throws {
        let queue = try Self.queue(["--at", "2026-11-27T00:00:00-05:00"])
        let breaching = (queue["breaching"] as? [[String: Any]]) ?? []
        #expect(!breaching.isEmpty)
        let deadlines: Set<String> = ["sales.accept", "sales.first_touch", "sales.sequence"]
        #expect(breaching.allSatisfy { deadlines.contains($0["rule"] as? String ?? "") && $0["breaching"] as? Bool == true })
        #expect(breaching.allSatisfy { ($0["time_left_seconds"] as? Int ?? 0) < 0 })
        let audit = try AuditCommandPeriodTests.report(["--from", "2026-09-01", "--to", "2026-11-27"])
        let breaches = (audit["breaches"] as? [[String: Any]]) ?? []
        #expect(breaches.contains { $0["rule"] as? String == "sales.sql_criteria" })
        for item in breaching {
            let match = breaches.first {
                $0["rule"] as? String == item["rule"] as? String && $0["lead"] as? String == item["lead"] as? String
                    && $0["due"] as? String == item["due"] as? String
            }
            let metAt = match?["met_at"] as? String
            #expect(match != nil && (metAt.map { $0 >= "2026-11-27T00:00:00" } ?? true), "\(item)")
        }
    }

    @Test func withinKeepsOnlyWhatFallsDueInIt() throws {
        let all = try Self.queue(["--at", "2026-11-27T09:00:00-05:00"])
        let soon = try Self.queue(["--at", "2026-11-27T09:00:00-05:00", "--within", "2 business hours"])
        let allOpen = (all["open"] as? [[String: Any]]) ?? []
        let soonOpen = (soon["open"] as? [[String: Any]]) ?? []
        #expect(!soonOpen.isEmpty && soonOpen.count < allOpen.count)
        #expect(soonOpen.allSatisfy { ($0["business_time_left_seconds"] as? Int ?? Int.max) <= 7200 })
        #expect(Self.identities(soon["breaching"]) == Self.identities(all["breaching"]))
        #expect(soon["within"] as? String == "2 business hours")
    }

    @Test(arguments: [
        (["--at", "2026-11-27T09:00:00"], "no offset"),
        (["--at", "yesterday"], "neither now nor an RFC 3339 timestamp"),
        (["--within", "2 business fortnights"], "--within"),
        (["--format", "csv"], "csv"),
    ])
    func badOptionsAreUsageErrors(options: [String], message: String) throws {
        let result = try CommandRunner.run(["queue", Self.contract, "--events", Self.events] + options)
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(message), "\(result)")
    }

    /// The worked example of docs/queue.md runs as shown.
    @Test func theDocumentedExampleRunsAsShown() throws {
        let text = try Repository.text("docs/queue.md")
        let block = try #require(text.components(separatedBy: "```console\n").dropFirst().first?.components(separatedBy: "```\n").first)
        var lines = block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let command = try #require(lines.first?.hasPrefix("$ leadpact ") == true ? lines.removeFirst() : nil)
        let arguments = Self.words(String(command.dropFirst("$ leadpact ".count)))
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == lines.joined(separator: "\n"), "\(result.stdout)")
    }

    /// A command line split into words, double quotes grouping.
    static func words(_ line: String) -> [String] {
        var words: [String] = [], word = "", quoted = false
        for character in line {
            if character == "\"" { quoted.toggle(); continue }
            if character == " " && !quoted {
                if !word.isEmpty { words.append(word) }
                word = ""
            } else {
                word.append(character)
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }
}
