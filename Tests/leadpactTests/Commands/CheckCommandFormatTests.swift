import Foundation
import Testing

/// `leadpact check --format json|github|sarif` and `--warnings-as-errors`.
@Suite struct CheckCommandFormatTests {
    /// A contract whose only problem is a warning: LP311, a value listed twice in `in [...]`
    /// (docs/diagnostics.md).
    static let warningOnlyContract = """
        leadpact: 1
        contract:
          id: warning-only
          title: Warning-only SLA
          version: 0.1.0
          timezone: UTC
          parties:
            marketing: Marketing Lead <marketing@example.com>
            sales: Sales Lead <sales@example.com>
        fields:
          seniority: [ic, manager, director, vp, cxo]
        stages:
          mql:
            when: "seniority in [vp, cxo, vp]"
        sales:
          first_touch_within: 1 day

        """

    static func invalidContract() throws -> String {
        try #require(try Repository.files(in: "contracts/invalid", endingWith: ".sla.yaml").first,
                     "no contracts/invalid/*.sla.yaml")
    }

    @Test func jsonFormatParsesAndCountsTheErrors() throws {
        let contract = try Self.invalidContract()
        let (result, json) = try CommandRunner.runJSON(["check", "--format", "json", contract])
        #expect(result.status == 1, "\(result)")
        let object = try #require(json as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        let errors = diagnostics.filter { $0["severity"] as? String == "error" }
        #expect(!errors.isEmpty)
        #expect(object["errors"] as? Int == errors.count)
        for diagnostic in diagnostics {
            #expect(diagnostic["file"] as? String == contract)
            #expect((diagnostic["code"] as? String)?.hasPrefix("LP") == true)
            #expect(diagnostic["line"] is Int && diagnostic["column"] is Int)
        }
    }

    @Test func jsonFormatSortsManyFilesByFileThenPositionThenCode() throws {
        let contracts = try Repository.files(in: "contracts/invalid", endingWith: ".sla.yaml")
        let (result, json) = try CommandRunner.runJSON(["check", "--format", "json"] + contracts.reversed())
        #expect(result.status == 1, "\(result)")
        let diagnostics = try #require((json as? [String: Any])?["diagnostics"] as? [[String: Any]])
        let keys = diagnostics.map { diagnostic in
            (diagnostic["file"] as? String ?? "", diagnostic["line"] as? Int ?? 0, diagnostic["column"] as? Int ?? 0,
             diagnostic["code"] as? String ?? "")
        }
        #expect(Set(keys.map(\.0)) == Set(contracts))
        for (earlier, later) in zip(keys, keys.dropFirst()) {
            #expect(earlier <= later, "\(earlier) is listed before \(later)")
        }
    }

    @Test func jsonFormatOfACleanContractHasNoDiagnostics() throws {
        let (result, json) = try CommandRunner.runJSON(["check", "--format", "json", "contracts/minimal.sla.yaml"])
        #expect(result.status == 0, "\(result)")
        let object = try #require(json as? [String: Any])
        #expect((object["diagnostics"] as? [Any])?.isEmpty == true)
        #expect(object["errors"] as? Int == 0)
    }

    @Test func githubFormatPrintsOneWorkflowCommandPerDiagnostic() throws {
        let contract = try Self.invalidContract()
        let (_, json) = try CommandRunner.runJSON(["check", "--format", "json", contract])
        let diagnostics = try #require((json as? [String: Any])?["diagnostics"] as? [[String: Any]])
        let result = try CommandRunner.run(["check", "--format", "github", contract])
        #expect(result.status == 1, "\(result)")
        #expect(result.stdoutLines.count == diagnostics.count, "\(result)")
        let errors = result.stdoutLines.filter { $0.hasPrefix("::error ") }
        #expect(errors.count == diagnostics.filter { $0["severity"] as? String == "error" }.count, "\(result)")
        for line in result.stdoutLines {
            #expect(line.hasPrefix("::error ") || line.hasPrefix("::warning "), "\(line)")
            #expect(line.contains("file=\(contract),") && line.contains("title=LP"), "\(line)")
        }
    }

    @Test func sarifFormatIsVersion210() throws {
        let contract = try Self.invalidContract()
        let (result, json) = try CommandRunner.runJSON(["check", "--format", "sarif", contract])
        #expect(result.status == 1, "\(result)")
        let log = try #require(json as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect(log["$schema"] is String)
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = (runs.first?["tool"] as? [String: Any])?["driver"] as? [String: Any]
        #expect(driver?["name"] as? String == "leadpact")
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        #expect(results.allSatisfy { ($0["ruleId"] as? String)?.hasPrefix("LP") == true })
    }

    @Test func pathsAreEscapedForGitHubAndBecomeURIsInSARIF() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.copy(try Self.invalidContract(), to: "a,b c.sla.yaml")
        let github = try CommandRunner.run(["check", "--format", "github", "a,b c.sla.yaml"], in: directory.url)
        #expect(github.status == 1, "\(github)")
        #expect(github.stdoutLines.allSatisfy { $0.contains("file=a%2Cb c.sla.yaml,line=") }, "\(github)")

        for (argument, uri) in [("a,b c.sla.yaml", "a%2Cb%20c.sla.yaml"),
                                (directory.path("a,b c.sla.yaml"), "file://" + directory.path("a%2Cb%20c.sla.yaml"))] {
            let (result, json) = try CommandRunner.runJSON(["check", "--format", "sarif", argument], in: directory.url)
            #expect(result.status == 1, "\(result)")
            let run = ((json as? [String: Any])?["runs"] as? [[String: Any]])?.first
            #expect(run?["columnKind"] as? String == "unicodeCodePoints")
            let results = (run?["results"] as? [[String: Any]]) ?? []
            #expect(!results.isEmpty)
            for item in results {
                let location = ((item["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
                let artifact = location?["artifactLocation"] as? [String: Any]
                #expect(artifact?["uri"] as? String == uri, "\(argument)")
            }
        }
    }

    @Test func aWarningAloneDoesNotFailTheCheck() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write(Self.warningOnlyContract, to: "warning-only.sla.yaml")
        let result = try CommandRunner.run(["check", "warning-only.sla.yaml"], in: directory.url)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdoutLines.contains { $0.hasPrefix("warning-only.sla.yaml:14:") && $0.contains("warning[LP311]") }, "\(result)")
        #expect(!result.stdout.contains("error["), "\(result)")
    }

    @Test func warningsAsErrorsFailsAWarningOnlyContract() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write(Self.warningOnlyContract, to: "warning-only.sla.yaml")
        let result = try CommandRunner.run(["check", "--warnings-as-errors", "warning-only.sla.yaml"], in: directory.url)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdoutLines.contains { $0.hasPrefix("warning-only.sla.yaml:14:") && $0.contains("error[LP311]") }, "\(result)")
    }

    @Test func warningsAsErrorsLeavesACleanContractClean() throws {
        let result = try CommandRunner.run(["check", "--warnings-as-errors", "contracts/minimal.sla.yaml"])
        #expect(result.status == 0, "\(result)")
    }
}
