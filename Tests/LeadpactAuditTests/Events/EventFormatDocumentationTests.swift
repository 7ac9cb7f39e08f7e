import Foundation
@testable import LeadpactAudit
import LeadpactContract
import Testing

/// Reads the examples of docs/events.md against `contracts/acme-global.sla.yaml`, so the
/// reference of the event format cannot drift from the reader.
@Suite struct EventFormatDocumentationTests {
    private static let root: URL = {
        var root = URL(fileURLWithPath: #filePath)
        while root.path != "/" && !FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) {
            root.deleteLastPathComponent()
        }
        return root
    }()

    private static let document = (try? String(contentsOf: root.appendingPathComponent("docs/events.md"), encoding: .utf8)) ?? ""

    /// The body of the first fenced block of `language` after the heading `heading`.
    private static func block(_ language: String, after heading: String) throws -> String {
        let section = try #require(document.range(of: "\n## \(heading)\n"), "docs/events.md has no section '\(heading)'")
        let fence = try #require(
            document.range(of: "```\(language)\n", range: section.upperBound..<document.endIndex),
            "no \(language) block under '\(heading)'")
        let end = try #require(document.range(of: "```\n", range: fence.upperBound..<document.endIndex))
        return String(document[fence.upperBound..<end.lowerBound])
    }

    /// Reads `bytes` as the event file `name` against the shipped contract.
    private static func read(_ name: String, _ bytes: [UInt8]) throws -> EventLog {
        let compiled = ContractCompiler.compile(path: root.appendingPathComponent("contracts/acme-global.sla.yaml").path)
        let contract = try #require(compiled.contract, "\(compiled.diagnostics)")
        let files = try TemporaryFiles()
        defer { files.remove() }
        let url = files.directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return try EventLogReader(schema: EventSchema(contract: contract)).read(files: [url.path])
    }

    @Test func theJSONLinesExampleIsReadWholeAndShowsEveryType() throws {
        let log = try Self.read("events.jsonl", Array(try Self.block("jsonl", after: "A lead's story in JSON lines").utf8))
        #expect(log.badLines == 0, "\(log.issues.map(\.message))")
        #expect(log.lines == 15)
        #expect(Set(log.events.map(\.kind)) == Set(EventKind.allCases))
    }

    @Test func theCSVExampleIsReadWhole() throws {
        let log = try Self.read("events.csv", Array(try Self.block("csv", after: "CSV").utf8))
        #expect(log.issues.isEmpty, "\(log.issues.map(\.message))")
        #expect(log.events.map(\.kind) == [.profile, .activity, .mql, .assigned, .touch, .rejected])
        #expect(log.strings[log.events[5].text] == #"no "budget" yet"#)
    }

    @Test func theBadLinesAreListedAsShown() throws {
        let lines = try Self.block("jsonl", after: "Bad lines")
        let bytes = Array(lines.replacingOccurrences(of: #"\xE9"#, with: "\u{1}").utf8).map { $0 == 1 ? 0xE9 : $0 }
        let log = try Self.read("events.jsonl", bytes)
        #expect(log.badLines == log.lines)
        let listed = log.issues.map { "events.jsonl:\($0.line): \($0.message)" }
        let shown = try Self.block("text", after: "Bad lines").split(separator: "\n").map(String.init)
        #expect(listed == shown)
    }

    @Test func everyTypeIsInTheTableOfTypes() {
        for kind in EventKind.allCases {
            #expect(Self.document.contains("| `\(kind.name)` |"), "\(kind.name)")
        }
    }
}
