import Foundation
import Testing

/// `leadpact review CONTRACT --events FILE… <period>`: the example of docs/review.md prints
/// what the page shows, every format writes with `-o`, and usage errors exit 2.
@Suite struct ReviewCommandTests {
    static let contract = "contracts/acme-global.sla.yaml"
    static let events = "fixtures/acme-global-12w.jsonl"

    /// The first ```console block of docs/review.md: the command after `$ `, then its output.
    static func documentedExample() throws -> (arguments: [String], output: String) {
        let text = try String(contentsOf: Repository.root.appendingPathComponent("docs/review.md"), encoding: .utf8)
        let block = try #require(text.components(separatedBy: "```console\n").dropFirst().first?.components(separatedBy: "```\n").first)
        var lines = block.components(separatedBy: "\n")
        var command = String(try #require(lines.first?.dropFirst(2)))
        lines.removeFirst()
        while command.hasSuffix("\\") {
            command = String(command.dropLast()) + " " + lines.removeFirst().trimmingCharacters(in: .whitespaces)
        }
        let words = command.split(separator: " ").map(String.init)
        try #require(words.first == "leadpact")
        return (Array(words.dropFirst()), lines.joined(separator: "\n"))
    }

    @Test func theDocumentedExamplePrintsWhatTheDocsShow() throws {
        let example = try Self.documentedExample()
        #expect(example.arguments.first == "review")
        let result = try CommandRunner.run(example.arguments)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == example.output, "docs/review.md is out of date:\n\(result.stdout)")
    }

    @Test(arguments: ["text", "markdown", "html", "json"])
    func everyFormatWritesTheFile(_ format: String) throws {
        let sandbox = try TemporaryDirectory()
        defer { sandbox.remove() }
        let output = sandbox.url.appendingPathComponent("review.\(format)").path
        let result = try CommandRunner.run([
            "review", Self.contract, "--events", Self.events, "--from", "2026-11-16", "--to", "2026-11-30",
            "--format", format, "-o", output,
        ])
        #expect(result.status == 0 && result.stdout.isEmpty, "\(result)")
        let written = try String(contentsOfFile: output, encoding: .utf8)
        switch format {
        case "json":
            let json = try #require(try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String: Any])
            let feedback = try #require(json["feedback"] as? [String: Any])
            #expect((feedback["sweep"] as? [String: Any])?["threshold"] as? Double == 100)
            #expect((json["metrics"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["mql_to_sql", "first_touch_p90"])
        case "html":
            #expect(written.hasPrefix("<!DOCTYPE html>") && written.contains("<svg"))
            #expect(!written.contains("src=") && !written.contains("<link") && !written.contains("<script"))
        case "markdown":
            #expect(written.contains("## Feedback loop") && written.contains("| score ≥ |"))
        default:
            #expect(written.contains("Threshold sweep"))
        }
    }

    @Test(arguments: [
        ["--week", "2026-W47", "--month", "2026-11"],
        ["--from", "2026-11-16"],
        [],
        ["--week", "2026-W47", "--minimum", "0"],
        ["--week", "2026-W99"],
    ])
    func usageErrorsExitTwo(_ period: [String]) throws {
        let result = try CommandRunner.run(["review", Self.contract, "--events", Self.events] + period)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.hasPrefix("error: "), "\(result)")
        #expect(result.stdout.isEmpty)
    }

    @Test func aContractWithErrorsExitsOneAndBadLinesWithStrictThree() throws {
        let invalid = try CommandRunner.run(["review", "contracts/invalid/expressions.sla.yaml", "--events", Self.events, "--week", "2026-W47"])
        #expect(invalid.status == 1 && invalid.stdout.isEmpty, "\(invalid)")
        let strict = try CommandRunner.run(["review", Self.contract, "--events", Self.events, "--week", "2026-W47", "--strict"])
        #expect(strict.status == 3 && strict.stdout.isEmpty, "\(strict)")
        #expect(strict.stderr.contains("fixtures/acme-global-12w.jsonl:"), "\(strict)")
    }
}
