import Foundation
import LeadpactAudit
import LeadpactContract

/// Runs an audit over event text written to a temporary file.
enum AuditHarness {
    static func run(
        _ contract: Contract, week: String = "2026-W47", events: [(name: String, text: String)], strict: Bool = false
    ) throws -> AuditResult {
        let files = try TemporaryFiles()
        defer { files.remove() }
        let paths = try events.map { try files.write($0.name, $0.text) }
        let period = try ReportPeriod.week(week, timeZone: contract.metadata.timeZone)
        return try Auditor.audit(
            contract: contract, digest: "sha256:test", eventFiles: paths, period: period,
            options: AuditOptions(strict: strict))
    }

    static func run(_ contract: Contract, week: String = "2026-W47", jsonl: String) throws -> AuditResult {
        try run(contract, week: week, events: [("events.jsonl", jsonl)])
    }

    /// `rule lead owner due→resolved` lines for compact comparisons.
    static func lines(_ result: AuditResult) -> [String] {
        let clock = ReportClock(timeZone: result.contract.timeZone)
        return result.breaches.map {
            "\($0.rule.rawValue) \($0.lead ?? "-") \($0.owner) due \(clock.format($0.due)) resolved \(clock.format($0.resolvedAt))"
                + ($0.metAt.map { " met \(clock.format($0))" } ?? "")
        }
    }

    static func openLines(_ result: AuditResult) -> [String] {
        let clock = ReportClock(timeZone: result.contract.timeZone)
        return result.open.map { "\($0.rule.rawValue) \($0.lead ?? "-") \($0.owner) due \(clock.format($0.due)) left \($0.timeLeftSeconds)" }
    }

    static func counts(_ result: AuditResult, _ rule: AuditRule) -> [Int] {
        let c = result.rules.first { $0.rule == rule }?.counts ?? ObligationCounts()
        return [c.met, c.breached, c.waived, c.open]
    }
}
