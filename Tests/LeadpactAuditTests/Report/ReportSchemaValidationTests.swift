import Foundation
import LeadpactAudit
import LeadpactContract
import Testing

/// Validates the JSON report of every scenario run against `docs/report.schema.json` with the
/// independent `check-jsonschema`.
@Suite(.enabled(if: SchemaValidator.shouldRun, "set LEADPACT_CHECK_JSONSCHEMA (see .ci/run)"))
struct ReportSchemaValidationTests {
    static let schema = ScenarioTests.root.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/report.schema.json").path

    @Test func theSchemaIsAValidDraft202012Schema() throws {
        let outcome = try SchemaValidator.run(["--check-metaschema", Self.schema])
        #expect(outcome.status == 0, "\(outcome.output)")
    }

    @Test func everyScenarioReportValidates() throws {
        let files = try TemporaryFiles()
        defer { files.remove() }
        var reports: [String] = []
        for name in ScenarioTests.names {
            let folder = ScenarioTests.root.appendingPathComponent(name)
            let contract = try #require(ContractCompiler.compile(path: folder.appendingPathComponent("contract.yaml").path).contract)
            for (index, run) in try ScenarioFile(folder: folder).runs.enumerated() {
                let result = try Auditor.audit(
                    contract: contract, digest: contract.digest,
                    eventFiles: run.events.map { folder.appendingPathComponent($0).path },
                    period: try run.period(timeZone: contract.metadata.timeZone), options: AuditOptions())
                reports.append(try files.write("\(name)-\(index).json", JSONReportRenderer().render(result)))
            }
        }
        try #require(reports.count >= 17)
        let outcome = try SchemaValidator.run(["--schemafile", Self.schema] + reports)
        #expect(outcome.status == 0, "\(outcome.output)")
    }

    @Test func aReportWithoutItsInputIsRejected() throws {
        let files = try TemporaryFiles()
        defer { files.remove() }
        let broken = try files.write("broken.json", #"{"contract":{},"period":{},"obligations":{},"breaches":[],"open":[],"targets":[]}"#)
        let outcome = try SchemaValidator.run(["--schemafile", Self.schema, broken])
        #expect(outcome.status == 1, "\(outcome.output)")
    }
}
