import Foundation
import LeadpactAudit
import LeadpactContract
import Testing

/// The shipped contract and event log, and drafts made from the contract's text.
enum BacktestFixtures {
    /// The package's root directory.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let contractPath = "contracts/acme-global.sla.yaml"
    static let eventsPath = "fixtures/acme-global-12w.jsonl"

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// The shipped contract's text.
    static func contractText() throws -> String {
        try String(contentsOfFile: path(contractPath), encoding: .utf8)
    }

    /// Compiles contract text; fails the test on any error.
    static func compile(_ text: String, name: String = "draft.sla.yaml") throws -> Contract {
        let result = ContractCompiler.compile(text: text, path: name)
        return try #require(result.contract, "\(result.diagnostics)")
    }

    /// The shipped contract with each `(old, new)` replacement made once; fails when `old` is absent.
    static func draft(_ replacements: [(String, String)]) throws -> Contract {
        var text = try contractText()
        for (old, new) in replacements {
            let range = try #require(text.range(of: old), "the contract no longer says \(old)")
            text.replaceSubrange(range, with: new)
        }
        return try compile(text)
    }

    /// A week of the shipped log with many handoffs.
    static func week(_ contract: Contract) throws -> ReportPeriod {
        try ReportPeriod.week("2026-W47", timeZone: contract.metadata.timeZone)
    }

    /// One audit the usual way, for comparison.
    static func audit(_ contract: Contract, files: [String], period: ReportPeriod) throws -> AuditResult {
        try Auditor.audit(contract: contract, digest: contract.digest, eventFiles: files, period: period, options: AuditOptions())
    }

    /// `rule lead` of every breach on one lead.
    static func breachedLeads(_ result: AuditResult) -> Set<String> {
        Set(result.breaches.compactMap { breach in breach.lead.map { "\(breach.rule.rawValue) \($0)" } })
    }
}
