import Foundation
import LeadpactContract
import LeadpactDiagnostics
import Testing

/// Every YAML example of docs/contract-language.md compiles: a whole contract without any
/// diagnostic, a fragment (appended to a valid head) without errors.
@Suite struct ContractLanguageDocumentationTests {
    static let examples: [String] = {
        let url = PackageFiles.root.appendingPathComponent("docs/contract-language.md")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.components(separatedBy: "```yaml\n").dropFirst().compactMap { block in
            block.components(separatedBy: "\n```").first.map { $0 + "\n" }
        }
    }()

    @Test func thePageHasExamples() {
        #expect(Self.examples.count >= 10)
    }

    @Test(arguments: examples) func compiles(_ example: String) {
        if example.hasPrefix("leadpact:") {
            let result = ContractCompiler.compile(text: example, path: "example.sla.yaml")
            #expect(MarkedContract.summary(result.diagnostics) == [])
        } else {
            let result = ContractCompiler.compile(text: MarkedContract.header + example, path: "example.sla.yaml")
            #expect(MarkedContract.summary(result.diagnostics.filter { $0.severity == .error }) == [])
        }
    }
}
