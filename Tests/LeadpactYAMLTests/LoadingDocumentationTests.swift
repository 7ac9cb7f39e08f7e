import Foundation
import LeadpactDiagnostics
import LeadpactYAML
import Testing

/// Runs the examples of the "Loading (LP1xx)" section of docs/diagnostics.md: each code's
/// example must produce the diagnostic line, notes and fixes the documentation shows.
@Suite struct LoadingDocumentationTests {
    /// A documented code with its example input and the lines it promises.
    struct Example: CustomTestStringConvertible {
        var code: String
        var input: [UInt8]?
        var promisedLines: [String]
        var testDescription: String { code }
    }

    /// Inputs for the codes whose example cannot be written as a YAML block.
    private static let describedInputs: [String: [UInt8]] = [
        "LP105": Array("id: ok\ntitle: caf".utf8) + [0xE9] + Array("\n".utf8),
        "LP108": Array(("x: " + String(repeating: "[", count: 300) + String(repeating: "]", count: 300)).utf8),
    ]

    static let examples: [Example] = {
        var root = URL(fileURLWithPath: #filePath)
        while root.path != "/" && !FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) {
            root.deleteLastPathComponent()
        }
        let url = root.appendingPathComponent("docs/diagnostics.md")
        guard let text = try? String(contentsOf: url, encoding: .utf8),
              let start = text.range(of: "\n## Loading (LP1xx)") else { return [] }
        let section = text[start.upperBound...].components(separatedBy: "\n## ")[0]
        return section.components(separatedBy: "\n### ").dropFirst().map(example)
    }()

    private static func example(from section: String) -> Example {
        let code = String(section.prefix { $0 != " " })
        var input = describedInputs[code]
        if let open = section.range(of: "```yaml\n"), let close = section.range(of: "```", range: open.upperBound..<section.endIndex) {
            input = Array(section[open.upperBound..<close.lowerBound].utf8)
        }
        var promised: [String] = []
        for piece in section.components(separatedBy: "`").enumerated() where piece.offset % 2 == 1 {
            let quoted = piece.element
            if quoted.hasPrefix("contract.yaml:") { promised.append(quoted) }
            if quoted.hasPrefix("note: ") || quoted.hasPrefix("fix: ") { promised.append("  " + quoted) }
        }
        return Example(code: code, input: input, promisedLines: promised)
    }

    @Test func everyLoadingCodeIsDocumented() {
        #expect(Self.examples.map(\.code) == (101...110).map { "LP\($0)" })
    }

    @Test(arguments: examples)
    func documentedExampleProducesWhatTheDocumentationShows(_ example: Example) throws {
        let input = try #require(example.input, "\(example.code) has no example input")
        let document = YAMLLoader.load(bytes: input, path: "contract.yaml")
        #expect(document.diagnostics.map(\.code).contains(example.code))
        let rendered = TextDiagnosticRenderer(colored: false)
            .render(document.diagnostics, sources: ["contract.yaml": document.source])
            .components(separatedBy: "\n")
        #expect(!example.promisedLines.isEmpty)
        for line in example.promisedLines {
            #expect(rendered.contains(line), "\(example.code): documented line not produced: \(line)")
        }
    }
}
