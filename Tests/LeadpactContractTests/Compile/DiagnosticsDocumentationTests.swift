import Foundation
import LeadpactContract
import LeadpactDiagnostics
import Testing

/// The LP2xx and LP4xx examples of docs/diagnostics.md are real: each example compiles to the
/// diagnostic its section documents, printed exactly as the section shows it.
@Suite struct DiagnosticsDocumentationTests {
    struct Example: Sendable, CustomStringConvertible {
        var code: String
        var yaml: String
        var shown: String
        var description: String { code }
    }

    static let examples: [Example] = {
        let url = PackageFiles.root.appendingPathComponent("docs/diagnostics.md")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var examples: [Example] = []
        for section in text.components(separatedBy: "\n### ").dropFirst() {
            let code = String(section.prefix(5))
            guard code.hasPrefix("LP2") || code.hasPrefix("LP4"),
                  let open = section.range(of: "```yaml\n"),
                  let close = section.range(of: "\n```\n", range: open.upperBound..<section.endIndex)
            else { continue }
            let yaml = String(section[open.upperBound..<close.lowerBound]) + "\n"
            let rest = section[close.upperBound...]
            let shown = rest.split(separator: "\n").first.map { String($0.dropFirst().dropLast()) } ?? ""
            examples.append(Example(code: code, yaml: yaml, shown: shown))
        }
        return examples
    }()

    @Test func everyStructureAndSemanticCodeIsDocumentedWithAnExample() {
        #expect(Set(Self.examples.map(\.code)) == Set(ContractDiagnosticCode.allCases.map(\.code)))
    }

    @Test(arguments: examples) func theExampleGivesTheDocumentedDiagnostic(_ example: Example) {
        let text = example.yaml.hasPrefix("leadpact:") || example.yaml.hasPrefix("- leadpact:")
            ? example.yaml : MarkedContract.header + example.yaml
        let result = ContractCompiler.compile(text: text, path: "contract.sla.yaml")
        let diagnostic = result.diagnostics.first { $0.code == example.code }
        let printed = diagnostic.map { "\($0.file):\($0.location): \($0.severity.rawValue)[\($0.code)]: \($0.message)" }
        #expect(printed == example.shown)
    }
}
