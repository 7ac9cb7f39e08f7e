import Foundation
import Testing

/// Usage errors (a missing argument, an unknown option or value, conflicting options) exit
/// with status 2 and say what is wrong on standard error, printing nothing on standard output.
@Suite struct UsageErrorTests {
    @Test(arguments: [
        ["check"],
        ["check", "--format", "yaml", "contracts/minimal.sla.yaml"],
        ["check", "--no-such-option", "contracts/minimal.sla.yaml"],
        ["no-such-command"],
        ["compile"],
        ["audit", "contracts/acme-global.sla.yaml", "--events", "fixtures/acme-global-12w.jsonl"],
        ["audit", "contracts/acme-global.sla.yaml", "--events", "fixtures/acme-global-12w.jsonl", "--week", "2026-W47", "--month", "2026-11"],
        ["audit", "contracts/acme-global.sla.yaml", "--events", "fixtures/acme-global-12w.jsonl", "--from", "2026-11-16"],
        ["audit", "contracts/acme-global.sla.yaml", "--week", "2026-W47"],
        ["audit", "contracts/acme-global.sla.yaml", "--events", "fixtures/acme-global-12w.jsonl", "--week", "2026-W47", "--format", "pdf"],
        ["due", "contracts/acme-global.sla.yaml", "--calendar", "na", "--start", "2026-11-20T17:00:00-05:00"],
        ["sign", "contracts/minimal.sla.yaml", "--party", "legal", "--key", "nowhere.key"],
        ["diff", "contracts/minimal.sla.yaml"],
    ])
    func exitsTwo(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 2, "\(arguments): \(result)")
        #expect(result.stdout.isEmpty, "\(arguments): \(result)")
        #expect(!result.stderr.isEmpty, "\(arguments): \(result)")
    }

    @Test func aBadWeekIsAUsageError() throws {
        let result = try CommandRunner.run([
            "audit", "contracts/acme-global.sla.yaml", "--events", "fixtures/acme-global-12w.jsonl", "--week", "2026-W54",
        ])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("2026-W54"), "\(result)")
    }
}
