import Foundation
import Testing

/// `leadpact diff --exit-code`, as `git diff --exit-code`: 1 when the contracts differ in
/// meaning, 0 when they do not, and 2 for anything else, so 1 means only "changed".
@Suite struct DiffExitCodeTests {
    @Test func changesExitOne() throws {
        let (old, new) = try DiffCommandTests.versions()
        let result = try CommandRunner.run(["diff", "--exit-code", old, new])
        #expect(result.status == 1, "\(result)")
        #expect(result.stdoutLines.contains { (try? DiffCommandTests.changeLine.wholeMatch(in: $0)) != nil }, "\(result)")
    }

    @Test func noChangesExitZero() throws {
        let result = try CommandRunner.run(
            ["diff", "--exit-code", "fixtures/digest/base.sla.yaml", "fixtures/digest/reformatted.sla.yaml"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("no semantic changes"), "\(result)")
    }

    @Test func aContractWithErrorsExitsTwo() throws {
        let (_, new) = try DiffCommandTests.versions()
        let invalid = try #require(try Repository.files(in: "contracts/invalid", endingWith: ".sla.yaml").first)
        let result = try CommandRunner.run(["diff", "--exit-code", new, invalid])
        #expect(result.status == 2, "\(result)")
    }

    @Test func withoutTheFlagChangesExitZero() throws {
        let (old, new) = try DiffCommandTests.versions()
        #expect(try CommandRunner.run(["diff", old, new]).status == 0)
    }

    @Test func anUnknownFormatIsAUsageErrorNamingTheFormats() throws {
        let result = try CommandRunner.run(["diff", "--format", "pdf", "contracts/minimal.sla.yaml", "contracts/minimal.sla.yaml"])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("markdown"), "\(result)")
    }
}
