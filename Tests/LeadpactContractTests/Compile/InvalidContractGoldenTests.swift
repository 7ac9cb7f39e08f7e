import Foundation
import LeadpactContract
import LeadpactDiagnostics
import LeadpactExpressions
import Testing

/// Each contract in contracts/invalid/ compiles to exactly the diagnostics in its golden file
/// (`NAME.expected.txt`, the text format without colour). `LEADPACT_RECORD=1` re-records the
/// goldens, and the test fails while recording.
@Suite struct InvalidContractGoldenTests {
    static let contracts = PackageFiles.list("contracts/invalid", suffix: ".sla.yaml")

    static func goldenPath(of contract: String) -> String {
        String(contract.dropLast(".sla.yaml".count)) + ".expected.txt"
    }

    static func render(_ path: String) throws -> (text: String, result: CompilationResult) {
        let bytes = try [UInt8](Data(contentsOf: PackageFiles.root.appendingPathComponent(path)))
        let result = ContractCompiler.compile(bytes: bytes, path: path)
        let text = TextDiagnosticRenderer(colored: false).render(result.diagnostics, sources: [path: result.source])
        return (text, result)
    }

    @Test(arguments: contracts) func matchesItsGolden(_ path: String) throws {
        let (text, result) = try Self.render(path)
        #expect(result.hasErrors, "an invalid contract must be rejected")
        #expect(result.contract == nil)
        let golden = PackageFiles.root.appendingPathComponent(Self.goldenPath(of: path))
        if PackageFiles.recording {
            try Data(text.utf8).write(to: golden)
            Issue.record("recorded \(Self.goldenPath(of: path)); run again without LEADPACT_RECORD")
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(text == expected)
    }

    @Test func everyGoldenHasAContract() {
        let goldens = PackageFiles.list("contracts/invalid", suffix: ".expected.txt")
        #expect(goldens == Self.contracts.map(Self.goldenPath(of:)))
    }

    /// The goldens together show every structure, expression and semantic code, and no code
    /// outside the catalogues.
    @Test func goldensCoverEveryCode() throws {
        var covered: Set<String> = []
        for path in Self.contracts {
            let (_, result) = try Self.render(path)
            covered.formUnion(result.diagnostics.map(\.code))
        }
        let catalogued = Set(ContractDiagnosticCode.allCases.map(\.code) + ExpressionDiagnosticCode.allCases.map(\.rawValue))
        #expect(catalogued.subtracting(covered) == [])
        #expect(covered.filter { !$0.hasPrefix("LP1") }.subtracting(catalogued) == [])
    }
}
