import Foundation
import Testing

/// `leadpact fixtures generate`: a seeded event log that the audit reads back.
@Suite struct FixturesCommandTests {
    static let contract = "contracts/acme-global.sla.yaml"

    static func generate(seed: Int, extra: [String] = [], in directory: URL = Repository.root) throws -> CommandResult {
        try CommandRunner.run(
            ["fixtures", "generate", "--contract", contract, "--leads", "25", "--weeks", "2", "--seed", "\(seed)",
             "--start", "2026-11-09"] + extra,
            in: directory)
    }

    /// The figure after `label` in the summary on standard error (`generated N lines`, `bad lines N`).
    static func summaryFigure(_ result: CommandResult, _ pattern: Regex<(Substring, Substring)>) -> Int? {
        (try? pattern.firstMatch(in: result.stderr)).flatMap { Int($0.output.1) }
    }

    @Test func theSameSeedGivesTheSameBytes() throws {
        let first = try Self.generate(seed: 7)
        let second = try Self.generate(seed: 7)
        let other = try Self.generate(seed: 8)
        #expect(first.status == 0, "\(first)")
        #expect(!first.stdout.isEmpty)
        #expect(first.stdout == second.stdout)
        #expect(first.stdout != other.stdout)
    }

    @Test func outputOptionWritesTheSameLog() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let printed = try Self.generate(seed: 7)
        let written = try Self.generate(seed: 7, extra: ["-o", directory.path("events.jsonl")])
        #expect(written.status == 0, "\(written)")
        #expect(written.stdout.isEmpty, "\(written)")
        #expect(try directory.read("events.jsonl") == printed.stdout)
    }

    @Test func theAuditReadsEveryGeneratedLine() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let generated = try Self.generate(seed: 11, extra: ["-o", directory.path("events.jsonl")])
        #expect(generated.status == 0, "\(generated)")
        let lines = try #require(Self.summaryFigure(generated, #/generated (\d+) lines/#), "\(generated)")
        let bad = try #require(Self.summaryFigure(generated, #/bad lines (\d+)/#), "\(generated)")
        #expect(lines == CommandResult.lines(try directory.read("events.jsonl")).count)

        let audit = try CommandRunner.run([
            "audit", Self.contract, "--events", directory.path("events.jsonl"),
            "--from", "2026-11-09", "--to", "2026-11-23", "--format", "json",
        ])
        #expect(audit.status == 0, "\(audit)")
        let input = try AuditCommandTests.object(audit)["input"] as? [String: Any]
        #expect(input?["lines"] as? Int == lines)
        #expect(input?["bad_lines"] as? Int == bad)
    }

    @Test func zeroLeadsIsAUsageError() throws {
        let result = try CommandRunner.run(["fixtures", "generate", "--contract", Self.contract, "--leads", "0"])
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
    }
}
