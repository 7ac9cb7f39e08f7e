import Foundation
import LeadpactDiagnostics
import Testing

/// What GitHub code scanning needs of a SARIF log: described rules with help, the tool's
/// version, and fingerprints that follow a finding when lines move.
@Suite struct SARIFRendererTests {
    private let path = "c.sla.yaml"

    private func log(_ diagnostics: [Diagnostic], text: String = "", tool: DiagnosticTool = RenderingSamples.tool) throws -> JSONValue {
        let sources = [path: SourceFile(path: path, text: text)]
        let output = SARIFDiagnosticRenderer(tool: tool).render(diagnostics, sources: sources)
        return try #require(try JSONDecoder().decode(JSONValue.self, from: Data(output.utf8))["runs"]?[0])
    }

    private func duplicateKey(line: Int, column: Int = 3) -> Diagnostic {
        Diagnostic(code: "LP102", severity: .error, message: "duplicate key 'id'", file: path,
                   range: SourceRange(start: SourceLocation(line: line, column: column), length: 2))
    }

    private func fingerprints(_ run: JSONValue, count: Int) -> [JSONValue?] {
        (0..<count).map { run["results"]?[$0]?["partialFingerprints"]?["leadpactLineHash/v1"] }
    }

    @Test func theDriverCarriesTheToolsVersion() throws {
        let driver = try log([duplicateKey(line: 1)])["tool"]?["driver"]
        #expect(driver?["version"] == .string("1.2.3"))
        #expect(driver?["semanticVersion"] == .string("1.2.3"))
        #expect(driver?["informationUri"] == .string("https://example.com/leadpact/"))
    }

    @Test func aRuleIsDescribedFromTheCatalogueWithHelpAndALinkToItsDocumentation() throws {
        let rule = try #require(try log([duplicateKey(line: 1)])["tool"]?["driver"]?["rules"]?[0])
        #expect(rule["shortDescription"]?["text"] == .string("Duplicate key"))
        #expect(rule["fullDescription"]?["text"] == .string("A mapping repeats a key."))
        #expect(rule["helpUri"] == .string("https://example.com/leadpact/docs/diagnostics.md#lp102--duplicate-key"))
        guard case .string(let help)? = rule["help"]?["text"], case .string(let markdown)? = rule["help"]?["markdown"] else {
            Issue.record("the rule has no help text and markdown: \(rule)")
            return
        }
        #expect(help.contains("A mapping repeats a key.") && help.contains("docs/diagnostics.md#lp102--duplicate-key"))
        #expect(markdown.contains("(https://example.com/leadpact/docs/diagnostics.md#lp102--duplicate-key)"))
    }

    @Test func aCodeTheCatalogueLacksStillGetsADescriptionButNoLink() throws {
        let unknown = Diagnostic(code: "LP999", severity: .warning, message: "m", file: path)
        let rule = try #require(try log([unknown])["tool"]?["driver"]?["rules"]?[0])
        #expect(rule["shortDescription"]?["text"] == .string("leadpact diagnostic LP999"))
        #expect(rule["help"]?["text"] != nil)
        #expect(rule["helpUri"] == nil)
    }

    @Test func aFingerprintStaysWhenLinesAreAddedAbove() throws {
        let before = try log([duplicateKey(line: 2)], text: "contract:\n  id: a\n")
        let after = try log([duplicateKey(line: 4, column: 5)], text: "# added\n\ncontract:\n    id:   a\n")
        #expect(fingerprints(before, count: 1) == fingerprints(after, count: 1))
        #expect(fingerprints(before, count: 1).first.flatMap { $0 } != nil)
    }

    @Test func aFingerprintChangesWithTheLineOrTheCode() throws {
        let original = try log([duplicateKey(line: 2)], text: "contract:\n  id: a\n")
        let edited = try log([duplicateKey(line: 2)], text: "contract:\n  id: b\n")
        var otherCode = duplicateKey(line: 2)
        otherCode.code = "LP412"
        let recoded = try log([otherCode], text: "contract:\n  id: a\n")
        #expect(fingerprints(original, count: 1) != fingerprints(edited, count: 1))
        #expect(fingerprints(original, count: 1) != fingerprints(recoded, count: 1))
    }

    @Test func identicalFindingsAreToldApartByTheirOrder() throws {
        let run = try log([duplicateKey(line: 2), duplicateKey(line: 3)], text: "contract:\n  id: a\n  id: a\n")
        let values = fingerprints(run, count: 2).map { value -> String in
            if case .string(let text)? = value { return text }
            return ""
        }
        #expect(values[0].hasSuffix(":1") && values[1].hasSuffix(":2"))
        #expect(values[0].dropLast(2) == values[1].dropLast(2))
    }
}
