import Foundation
import Testing

/// `leadpact check --format junit`, read back by `junitparser`, an independent JUnit XML
/// parser, from CI's virtualenv.
@Suite(.enabled(if: ExternalTool.python.shouldRun, "set LEADPACT_PYTHON (see .ci/run)"))
struct CheckCommandJUnitTests {
    /// Prints the report junitparser read as JSON: each suite with its counts and each test
    /// case with its results and output.
    static let reader = """
        import json, sys
        from junitparser import JUnitXml
        report = JUnitXml.fromfile(sys.argv[1])
        suites = []
        for suite in report:
            cases = [{"name": case.name, "classname": case.classname,
                      "results": [{"kind": type(r).__name__, "type": r.type, "message": r.message, "text": r.text}
                                  for r in case.result],
                      "out": case.system_out} for case in suite]
            suites.append({"name": suite.name, "tests": suite.tests, "failures": suite.failures, "cases": cases})
        print(json.dumps(suites))
        """

    private func read(_ arguments: [String], in directory: TemporaryDirectory) throws -> (status: Int32, suites: [[String: Any]]) {
        let result = try CommandRunner.run(["check", "--format", "junit"] + arguments)
        let report = try directory.write(result.stdout, to: "report.xml")
        let parsed = try ExternalTool.python.run(["-c", Self.reader, report])
        try #require(parsed.status == 0, "junitparser could not read the report: \(parsed.output)\n\(result.stdout)")
        let suites = try #require(try JSONSerialization.jsonObject(with: Data(parsed.output.utf8)) as? [[String: Any]])
        return (result.status, suites)
    }

    @Test func oneSuiteWithATestCasePerContractAndAFailurePerError() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let invalid = try CheckCommandFormatTests.invalidContract()
        let warningOnly = try directory.write(CheckCommandFormatTests.warningOnlyContract, to: "warning-only.sla.yaml")
        let contracts = ["contracts/minimal.sla.yaml", invalid, warningOnly]
        let (_, json) = try CommandRunner.runJSON(["check", "--format", "json"] + contracts)
        let expected = try #require((json as? [String: Any])?["diagnostics"] as? [[String: Any]])
        let errors = expected.filter { $0["severity"] as? String == "error" && $0["file"] as? String == invalid }

        let (status, suites) = try read(contracts, in: directory)
        #expect(status == 1)
        try #require(suites.count == 1, "\(suites)")
        let suite = suites[0]
        #expect(suite["name"] as? String == "leadpact check")
        #expect(suite["tests"] as? Int == 3 && suite["failures"] as? Int == 1, "\(suite)")
        let cases = try #require(suite["cases"] as? [[String: Any]])
        #expect(cases.map { $0["name"] as? String } == contracts)

        let results = { (index: Int) in cases[index]["results"] as? [[String: Any]] ?? [] }
        #expect(results(0).isEmpty)
        #expect(!errors.isEmpty && results(1).count == errors.count, "\(results(1))")
        #expect(results(1).allSatisfy { $0["kind"] as? String == "Failure" })
        #expect(results(1).map { $0["type"] as? String } == errors.map { $0["code"] as? String })
        for (result, error) in zip(results(1), errors) {
            #expect((result["message"] as? String)?.hasSuffix(error["message"] as? String ?? "?") == true)
            #expect((result["text"] as? String)?.hasPrefix("\(invalid):\(error["line"] ?? 0):\(error["column"] ?? 0): error[") == true)
        }
        #expect(results(2).isEmpty, "a warning does not fail its test case")
        #expect((cases[2]["out"] as? String)?.contains("warning[LP311]") == true)
    }

    @Test func warningsAsErrorsMakeWarningsFailures() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let warningOnly = try directory.write(CheckCommandFormatTests.warningOnlyContract, to: "warning-only.sla.yaml")
        let (status, suites) = try read(["--warnings-as-errors", warningOnly], in: directory)
        #expect(status == 1)
        let cases = suites.first?["cases"] as? [[String: Any]] ?? []
        #expect((cases.first?["results"] as? [[String: Any]])?.map { $0["type"] as? String } == ["LP311"])
    }

    @Test func aCleanRunIsOnePassingTestCase() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (status, suites) = try read(["contracts/minimal.sla.yaml"], in: directory)
        #expect(status == 0)
        #expect(suites.first?["tests"] as? Int == 1 && suites.first?["failures"] as? Int == 0, "\(suites)")
    }

    /// A trust file stands for the contracts beside it: each of them is a test case, as when
    /// they are named themselves, and the trust file is none.
    @Test func aTrustFileGivesATestCasePerContractItConcerns() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (status, suites) = try read(["contracts/trusted-keys.yaml"], in: directory)
        #expect(status == 0)
        let cases = try #require(suites.first?["cases"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        #expect(cases == ["contracts/acme-global.sla.yaml", "contracts/minimal.sla.yaml", "contracts/northwind-saas.sla.yaml"])
    }
}
