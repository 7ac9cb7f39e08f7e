import Foundation
import Testing

/// Validates contracts with the independent `check-jsonschema` against the committed schema.
@Suite(.enabled(if: ExternalTool.checkJSONSchema.shouldRun, "set LEADPACT_CHECK_JSONSCHEMA (see .ci/run)"))
struct ContractSchemaValidationTests {
    let tool = ExternalTool.checkJSONSchema
    let schema = ContractSchemaTests.committedPath

    @Test func committedSchemaIsAValidDraft202012Schema() throws {
        let outcome = try tool.run(["--check-metaschema", schema], in: PackageFiles.root)
        #expect(outcome.status == 0, "\(outcome.output)")
    }

    @Test func everyShippedContractValidates() throws {
        let contracts = PackageFiles.validContracts
        try #require(!PackageFiles.list("contracts", suffix: ".sla.yaml").isEmpty, "no shipped contracts found to validate")
        let outcome = try tool.run(["--schemafile", schema] + contracts, in: PackageFiles.root)
        #expect(outcome.status == 0, "\(outcome.output)")
    }

    @Test(arguments: PackageFiles.list("fixtures/schema/invalid", suffix: ".sla.yaml"))
    func invalidContractIsRejected(path: String) throws {
        let outcome = try tool.run(["--schemafile", schema, path], in: PackageFiles.root)
        #expect(outcome.status == 1, "\(path) should be rejected: \(outcome.output)")
        let expected = try String(contentsOf: PackageFiles.root.appendingPathComponent(path), encoding: .utf8)
            .split(separator: "\n").first { $0.hasPrefix("# rejected: ") }
            .map { String($0.dropFirst("# rejected: ".count)) }
        let reason = try #require(expected, "\(path) needs a `# rejected: TEXT` line naming what the validator reports")
        #expect(outcome.output.contains(reason), "\(path): expected `\(reason)` in \(outcome.output)")
    }

    @Test func theInvalidExamplesExist() {
        #expect(PackageFiles.list("fixtures/schema/invalid", suffix: ".sla.yaml").count >= 3)
    }
}
