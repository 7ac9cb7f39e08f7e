import Foundation
import LeadpactContract
import LeadpactDiagnostics
import Testing

/// A conversion rate is accepted by the compiler exactly when `check-jsonschema` validates it
/// against the committed schema, over every generated spelling (docs/contract-language.md).
@Suite(.enabled(if: ExternalTool.checkJSONSchema.shouldRun, "set LEADPACT_CHECK_JSONSCHEMA (see .ci/run)"))
struct RateSchemaAgreementTests {
    @Test func theCompilerAcceptsARateExactlyWhenTheSchemaValidatesIt() throws {
        let spellings = RateSpellings.all
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("leadpact-rates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let names = spellings.indices.map { "rate-\($0).sla.yaml" }
        for (name, spelling) in zip(names, spellings) {
            try Self.contract(rate: spelling).write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }

        let schema = PackageFiles.root.appendingPathComponent(ContractSchemaTests.committedPath).path
        let outcome = try ExternalTool.checkJSONSchema.run(["-o", "json", "--schemafile", schema] + names, in: directory)
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any], "\(outcome.output)")
        #expect((report["parse_errors"] as? [Any])?.isEmpty == true, "\(outcome.output)")
        let errors = try #require(report["errors"] as? [[String: Any]], "\(outcome.output)")
        let rejected = Set(errors.compactMap { $0["filename"] as? String })

        var accepted = 0
        for (name, spelling) in zip(names, spellings) {
            let result = ContractCompiler.compile(text: Self.contract(rate: spelling), path: name)
            let compilerAccepts = result.contract != nil && !result.diagnostics.contains { $0.severity == .error }
            let schemaAccepts = !rejected.contains(name)
            #expect(compilerAccepts == schemaAccepts,
                    "\(spelling.debugDescription): compiler \(compilerAccepts ? "accepts" : "rejects"), schema \(schemaAccepts ? "validates" : "rejects")")
            if compilerAccepts { accepted += 1 }
        }
        #expect(accepted > 100 && accepted < spellings.count - 100, "the spellings should hold many of both kinds")
    }

    /// A clean contract whose only variable part is the rate, written as a double-quoted YAML
    /// string so every character survives.
    static func contract(rate: String) -> String {
        """
        leadpact: 1
        contract:
          id: rates
          title: Rates SLA
          version: 1.0.0
          timezone: UTC
          parties: { marketing: M <m@example.com>, sales: S <s@example.com> }
        marketing:
          conversion: { mql_to_sql: \(quoted(rate)), per: month }
        sales:
          first_touch_within: 1 day

        """
    }

    /// `text` as a YAML double-quoted scalar: printable ASCII as is, everything else escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case " "..."~": result.unicodeScalars.append(scalar)
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += scalar.value <= 0xFFFF
                    ? "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    : "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
            }
        }
        return result + "\""
    }
}
