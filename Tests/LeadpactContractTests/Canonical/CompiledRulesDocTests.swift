import Foundation
import Testing
@testable import LeadpactContract

/// The example in docs/compiled-rules.md: its contract compiles to exactly the JSON shown.
@Suite struct CompiledRulesDocTests {
    static let docPath = "docs/compiled-rules.md"

    /// The body of the first fenced block of `language` after the `## Example` heading, and
    /// where that body lies in the document.
    static func block(_ language: String, in document: String) throws -> Range<String.Index> {
        let example = try #require(document.range(of: "\n## Example\n"), "\(docPath) has no Example section")
        let fence = try #require(
            document.range(of: "```\(language)\n", range: example.upperBound..<document.endIndex),
            "no \(language) block in the example")
        let end = try #require(document.range(of: "\n```", range: fence.upperBound..<document.endIndex))
        return fence.upperBound..<end.lowerBound
    }

    @Test func exampleOutputIsWhatCompilePrints() throws {
        let url = PackageFiles.root.appendingPathComponent(Self.docPath)
        let document = try String(contentsOf: url, encoding: .utf8)
        let yaml = String(document[try Self.block("yaml", in: document)])
        let contract = try DigestStabilityTests.compile(yaml + "\n", path: "bluebird.sla.yaml")
        let shown = try Self.block("json", in: document)
        let printed = contract.compiledRulesJSON()
        if PackageFiles.recording {
            var updated = document
            updated.replaceSubrange(shown, with: printed)
            try updated.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded the example output in \(Self.docPath); run again without LEADPACT_RECORD")
            return
        }
        #expect(String(document[shown]) == printed, "run with LEADPACT_RECORD=1 to re-record the example")
    }
}
