import Foundation
import Testing

/// A command whose standard output cannot be written (`> /dev/full`) says so in one `error:`
/// line and exits 2; one whose standard error cannot be written still ends normally.
@Suite struct StandardStreamFailureTests {
    /// Commands that print a result, each as the arguments after `leadpact`.
    static let printing: [[String]] = [
        ["audit", AuditCommandTests.contract, "--events", AuditCommandTests.events, "--week", "2026-W47"],
        ["audit", AuditCommandTests.contract, "--events", AuditCommandTests.events, "--week", "2026-W47", "--format", "json"],
        ["audit", AuditCommandTests.contract, "--events", AuditCommandTests.events, "--week", "2026-W47", "-o", "-"],
        ["compile", "contracts/minimal.sla.yaml"],
        ["check", "contracts/minimal.sla.yaml", "--format", "json"],
        ["schema"],
        ["verify", "contracts/minimal.sla.yaml"],
        ["due", "contracts/acme-global.sla.yaml", "--calendar", "na", "--start", "2026-11-20T17:00:00-05:00", "--add", "1 business hour"],
        ["fixtures", "generate", "--contract", "contracts/acme-global.sla.yaml", "--leads", "5", "--weeks", "1"],
        ["--help"],
        ["audit", "--help"],
        ["--version"],
    ]

    @Test(arguments: printing) func aFullStandardOutputIsOneErrorAndExitTwo(_ arguments: [String]) throws {
        let result = try CommandRunner.run(arguments, stdoutPath: "/dev/full")
        #expect(result.status == 2, "\(arguments): \(result)")
        #expect(result.stderrLines.filter { $0.hasPrefix("error:") }
            == ["error: cannot write standard output: \(String(cString: strerror(ENOSPC)))"], "\(arguments): \(result)")
        #expect(result.stderrLines.allSatisfy { !$0.contains("Fatal error") && !$0.contains("backtrace") }, "\(result)")
    }

    @Test func aFullStandardErrorDoesNotStopAFailingCommand() throws {
        let result = try CommandRunner.run(
            ["audit", AuditCommandTests.contract, "--events", "no-such-events.jsonl", "--week", "2026-W47"], stderrPath: "/dev/full")
        #expect(result.status == 2, "\(result)")
    }

    @Test func aFullStandardErrorDoesNotStopASucceedingCommand() throws {
        let arguments = ["fixtures", "generate", "--contract", "contracts/acme-global.sla.yaml", "--leads", "5", "--weeks", "1"]
        let printed = try CommandRunner.run(arguments)
        let result = try CommandRunner.run(arguments, stderrPath: "/dev/full")
        #expect(result.status == 0, "\(result)")
        #expect(!printed.stderr.isEmpty, "the summary goes to standard error: \(printed)")
        #expect(result.stdout == printed.stdout)
    }
}
