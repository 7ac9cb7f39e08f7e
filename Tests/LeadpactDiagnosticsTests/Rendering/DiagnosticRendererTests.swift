import LeadpactDiagnostics
import Foundation
import Testing

@Suite struct DiagnosticRendererTests {
    private let path = "c.yaml"

    private func diagnostic(_ severity: Severity, _ code: String = "LP999", at range: SourceRange? = nil) -> Diagnostic {
        Diagnostic(code: code, severity: severity, message: "m", file: path, range: range)
    }

    @Test func formatsAreNamedAsTheCommandLineSpellsThem() {
        #expect(DiagnosticFormat.allCases.map(\.rawValue) == ["text", "json", "github", "sarif", "junit"])
        #expect(DiagnosticFormat.junit.renderer(colored: false) is JUnitDiagnosticRenderer)
        #expect(DiagnosticFormat.github.renderer(colored: true) is GitHubDiagnosticRenderer)
        #expect(DiagnosticFormat.sarif.renderer(colored: false) is SARIFDiagnosticRenderer)
    }

    @Test func nothingToReportRendersNothingInTextAndGitHub() {
        #expect(TextDiagnosticRenderer(colored: true).render([], sources: [:]) == "")
        #expect(GitHubDiagnosticRenderer().render([], sources: [:]) == "")
    }

    @Test func jsonForNothingHasEmptyListAndZeroCounts() throws {
        let text = JSONDiagnosticRenderer().render([], sources: [:])
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        #expect(value == .object(["diagnostics": .array([]), "errors": .number(0), "warnings": .number(0)]))
    }

    @Test(arguments: [
        ([Severity.error], "1 error generated."),
        ([.warning, .warning], "2 warnings generated."),
        ([.error, .error, .warning, .note], "2 errors, 1 warning generated."),
    ])
    func summaryCountsErrorsAndWarnings(severities: [Severity], summary: String) {
        let text = TextDiagnosticRenderer(colored: false).render(severities.map { diagnostic($0) }, sources: [:])
        #expect(text.hasSuffix(summary + "\n"))
    }

    @Test func onlyNotesGiveNoSummary() {
        let text = TextDiagnosticRenderer(colored: false).render([diagnostic(.note)], sources: [:])
        #expect(text == "c.yaml:1:1: note[LP999]: m\n")
    }

    @Test func colourOnlyWhenAsked() {
        let diagnostics = [diagnostic(.error)]
        #expect(!TextDiagnosticRenderer(colored: false).render(diagnostics, sources: [:]).contains("\u{1B}"))
        #expect(TextDiagnosticRenderer(colored: true).render(diagnostics, sources: [:]).contains("\u{1B}[1;31m"))
    }

    @Test func caretPastTheEndOfTheLineStaysJustAfterIt() {
        let source = SourceFile(path: path, text: "key: [a\n")
        let range = SourceRange(start: SourceLocation(line: 1, column: 40), length: 3)
        let text = TextDiagnosticRenderer(colored: false).render([diagnostic(.error, at: range)], sources: [path: source])
        #expect(text.contains(" 1 | key: [a\n   |        ^\n"))
    }

    @Test func aLinePastTheEndOfTheFileIsNotQuoted() {
        let source = SourceFile(path: path, text: "a: 1")
        let range = SourceRange(start: SourceLocation(line: 3, column: 1), length: 1)
        let text = TextDiagnosticRenderer(colored: false).render([diagnostic(.error, at: range)], sources: [path: source])
        #expect(text == "c.yaml:3:1: error[LP999]: m\n1 error generated.\n")
    }

    @Test func controlCharactersInTheQuotedLineAreEscapedAndTheCaretWidened() {
        let source = SourceFile(path: path, text: "a: \u{1B}[31mx\n")
        let range = SourceRange(start: SourceLocation(line: 1, column: 4), length: 2)
        let text = TextDiagnosticRenderer(colored: false).render([diagnostic(.error, at: range)], sources: [path: source])
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains(" 1 | a: \\u{1B}[31mx\n   |    ^~~~~~~\n"))
    }

    @Test func controlCharactersInMessagesNotesAndFixesAreEscaped() {
        let hostile = "\u{1B}]0;owned\u{07}\u{1B}[2J"
        let found = Diagnostic(
            code: "LP201", severity: .error, message: "unknown key '\(hostile)'", file: "c\u{1B}.yaml",
            notes: [DiagnosticNote("note \(hostile)")], fixIts: [FixIt("fix \(hostile)")])
        for rendered in [
            TextDiagnosticRenderer(colored: false).render([found], sources: [:]),
            TextDiagnosticRenderer(colored: true).render([found], sources: [:]).replacingOccurrences(of: "\u{1B}[", with: "CSI"),
            GitHubDiagnosticRenderer().render([found], sources: [:]),
        ] {
            #expect(!rendered.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(rendered)")
            #expect(rendered.contains("unknown key '\\u{1B}]0;owned\\u{7}\\u{1B}[2J'"), "\(rendered)")
        }
        let json = JSONDiagnosticRenderer().render([found], sources: [:])
        #expect(json.lowercased().contains("unknown key '\\u001b]0;owned\\u0007\\u001b[2j'"), "JSON keeps the exact value: \(json)")
    }

    @Test func githubEscapesDataAndProperties() {
        #expect(GitHubDiagnosticRenderer.escapeData("50% a,b: c\r\nd") == "50%25 a,b: c%0D%0Ad")
        #expect(GitHubDiagnosticRenderer.escapeProperty("a,b: c%\n") == "a%2Cb%3A c%25%0A")
    }

    @Test func githubUsesNoticeForNotesAndOmitsTheEndWithoutARange() {
        let text = GitHubDiagnosticRenderer().render([diagnostic(.note)], sources: [:])
        #expect(text == "::notice file=c.yaml,line=1,col=1,title=LP999::m\n")
    }

    @Test func sarifHasOneRulePerCodeAndAResultPerDiagnostic() throws {
        let diagnostics = [diagnostic(.error, "LP2"), diagnostic(.warning, "LP1"), diagnostic(.error, "LP2")]
        let text = SARIFDiagnosticRenderer().render(diagnostics, sources: [:])
        let log = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        #expect(log["version"] == .string("2.1.0"))
        #expect(log["$schema"] == .string(SARIFDiagnosticRenderer.schemaURI))
        let run = try #require(log["runs"]?[0])
        #expect(run["tool"]?["driver"]?["name"] == .string("leadpact"))
        #expect(run["tool"]?["driver"]?["rules"]?[0]?["id"] == .string("LP1"))
        #expect(run["tool"]?["driver"]?["rules"]?[2] == nil)
        #expect(run["results"]?[1]?["level"] == .string("error"))
        #expect(run["results"]?[1]?["ruleIndex"] == .number(1))
        let region = run["results"]?[0]?["locations"]?[0]?["physicalLocation"]?["region"]
        #expect(region?["startLine"] == .number(1))
    }

    @Test func sarifMakesAbsolutePathsFileURIs() throws {
        let absolute = Diagnostic(code: "LP1", severity: .error, message: "m", file: "/srv/my contract.yaml")
        let text = SARIFDiagnosticRenderer().render([absolute], sources: [:])
        #expect(text.contains("\"uri\" : \"file:///srv/my%20contract.yaml\""))
    }
}
