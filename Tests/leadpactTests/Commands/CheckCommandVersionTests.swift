import Foundation
import Testing

/// `leadpact check CONTRACT --against OLD`: the version must change exactly when the meaning
/// does (docs/signoff.md, LP510–LP512).
@Suite struct CheckCommandVersionTests {
    static func check(old: String, new: String) throws -> CommandResult {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write(old, to: "old.sla.yaml")
        try directory.write(new, to: "new.sla.yaml")
        return try CommandRunner.run(["check", "new.sla.yaml", "--against", "old.sla.yaml"], in: directory.url)
    }

    @Test func aReformattedContractKeepsItsVersion() throws {
        let result = try Self.check(old: CompileCommandTests.minimal, new: CompileCommandTests.minimalReformatted)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
    }

    @Test func reorderedScoringRulesAndRegroupedConditionsKeepTheVersion() throws {
        let result = try CommandRunner.run(
            ["check", "fixtures/digest/reformatted.sla.yaml", "--against", "fixtures/digest/base.sla.yaml"])
        #expect(result.status == 0, "\(result)")
        #expect(!result.stdout.contains("LP51"), "\(result)")
    }

    @Test func aChangeOfMeaningWithoutANewVersionFails() throws {
        let changed = CompileCommandTests.minimal.replacingOccurrences(of: "1 day", with: "4 hours")
        let result = try Self.check(old: CompileCommandTests.minimal, new: changed)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdoutLines.contains { $0.hasPrefix("new.sla.yaml:5:") && $0.contains("error[LP510]") }, "\(result)")
    }

    @Test func aChangeOfMeaningWithANewVersionPasses() throws {
        let changed = CompileCommandTests.minimal
            .replacingOccurrences(of: "1 day", with: "4 hours")
            .replacingOccurrences(of: "version: 0.1.0", with: "version: 0.2.0")
        let result = try Self.check(old: CompileCommandTests.minimal, new: changed)
        #expect(result.status == 0, "\(result)")
    }

    @Test func aNewVersionWithoutAChangeOfMeaningWarns() throws {
        let bumped = CompileCommandTests.minimal.replacingOccurrences(of: "version: 0.1.0", with: "version: 0.1.1")
        let result = try Self.check(old: CompileCommandTests.minimal, new: bumped)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("warning[LP511]"), "\(result)")
    }

    @Test func aLowerVersionWithAChangeOfMeaningFails() throws {
        let lowered = CompileCommandTests.minimal
            .replacingOccurrences(of: "1 day", with: "4 hours")
            .replacingOccurrences(of: "version: 0.1.0", with: "version: 0.0.9")
        let result = try Self.check(old: CompileCommandTests.minimal, new: lowered)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("error[LP512]"), "\(result)")
    }
}
