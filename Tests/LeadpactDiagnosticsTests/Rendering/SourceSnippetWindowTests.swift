import LeadpactDiagnostics
import Testing

/// A long source line is quoted as a window around the caret, `…` on the cut sides.
@Suite struct SourceSnippetWindowTests {
    private let path = "c.yaml"

    private func render(_ text: String, line: Int = 1, column: Int, length: Int, width: Int? = nil) -> [String] {
        let range = SourceRange(start: SourceLocation(line: line, column: column), length: length)
        let found = Diagnostic(code: "LP999", severity: .error, message: "m", file: path, range: range)
        let rendered = TextDiagnosticRenderer(colored: false, width: width)
            .render([found], sources: [path: SourceFile(path: path, text: text)])
        return rendered.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The column of the caret under the quoted text, and the text above it from there on.
    private func caret(in lines: [String]) throws -> (quoted: Substring, marker: Substring) {
        let quoted = try #require(lines.first { $0.hasPrefix(" 1 | ") })
        let marker = try #require(lines.first { $0.hasPrefix("   | ") })
        let offset = try #require(marker.firstIndex(of: "^")).utf16Offset(in: marker)
        return (quoted.dropFirst(offset), marker.dropFirst(offset))
    }

    @Test func aLineOfAMegabyteIsCutAroundTheCaret() throws {
        let key = String(repeating: "k", count: 500_000) + "TYPO" + String(repeating: "v", count: 500_000)
        let lines = render(key + ": 1\n", column: 500_001, length: 4)
        let output = lines.joined(separator: "\n")
        #expect(output.utf8.count < 1_000, "\(output.utf8.count) bytes")
        #expect(lines.allSatisfy { $0.count <= SourceSnippetWindowTests.defaultWidth + 6 })
        let (quoted, marker) = try caret(in: lines)
        #expect(quoted.hasPrefix("TYPOvvv"))
        #expect(marker == "^~~~")
        #expect(lines[1].hasPrefix(" 1 | …k") && lines[1].hasSuffix("v…"), "\(lines[1])")
    }

    @Test func aLineThatFitsIsQuotedWhole() {
        let line = String(repeating: "a", count: 150) + ": 1"
        let lines = render(line + "\n", column: 1, length: 150)
        #expect(lines[1] == " 1 | " + line)
    }

    @Test func theWidthAskedForBoundsTheQuotedLine() throws {
        let line = "start: " + String(repeating: "x", count: 300) + " needle " + String(repeating: "y", count: 300)
        let lines = render(line + "\n", column: 309, length: 6, width: 80)
        for quoted in lines.dropFirst().prefix(2) { #expect(quoted.count <= 80, "\(quoted)") }
        let (quoted, marker) = try caret(in: lines)
        #expect(quoted.hasPrefix("needle y"))
        #expect(marker == "^~~~~~")
    }

    @Test func aCaretNearTheEndKeepsTheLineEnd() throws {
        let line = String(repeating: "z", count: 400) + " end"
        let lines = render(line + "\n", column: 402, length: 3, width: 60)
        #expect(lines[1].hasPrefix(" 1 | …z") && lines[1].hasSuffix(" end"), "\(lines[1])")
        #expect(lines[1].count <= 60)
        let (quoted, marker) = try caret(in: lines)
        #expect(quoted == "end" && marker == "^~~")
    }

    @Test func aRangeRunningPastTheWindowIsMarkedToItsCut() throws {
        let line = String(repeating: "w", count: 1_000)
        let lines = render(line + "\n", column: 10, length: 900, width: 60)
        let (quoted, marker) = try caret(in: lines)
        #expect(quoted.hasSuffix("…"))
        #expect(marker.count == quoted.count && marker.allSatisfy { $0 == "^" || $0 == "~" })
    }

    @Test func escapesInTheWindowKeepTheCaretInPlace() throws {
        let line = String(repeating: "\u{1B}", count: 200) + "x" + String(repeating: "\u{1B}", count: 200)
        let lines = render(line + "\n", column: 201, length: 1, width: 80)
        #expect(!lines.joined().contains("\u{1B}"))
        let (quoted, marker) = try caret(in: lines)
        #expect(quoted.hasPrefix("x\\u{1B}") && marker == "^")
        for shown in lines.dropFirst().prefix(2) { #expect(shown.count <= 80, "\(shown)") }
    }

    static let defaultWidth = 160
}
