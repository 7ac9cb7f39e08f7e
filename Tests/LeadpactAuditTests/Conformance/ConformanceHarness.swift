import Foundation
import LeadpactAudit
import LeadpactContract
import Testing

/// Runs hand-worked scenarios for the conformance suite: a contract written in YAML, compiled
/// through the public compiler, and JSON-lines events audited through `Auditor.audit` from a
/// temporary file. Every expectation in these tests is worked out from the product brief,
/// never read back from the checker.
enum Conformance {
    /// The contract header every scenario shares; `body` adds the sections under test.
    /// `extra` goes inside `contract:` (e.g. `effective:`), indented by the caller.
    static func yaml(_ body: String, contractExtra: String = "") -> String {
        """
        leadpact: 1
        contract:
          id: conformance
          title: Conformance scenario
          version: 1.0.0
        \(contractExtra)  timezone: America/New_York
          parties:
            marketing: Mara Market <mara@example.com>
            sales: Sid Sales <sid@example.com>

        \(body)
        """
    }

    /// Compiles `text`; records an issue with every diagnostic when it does not compile.
    static func contract(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Contract {
        let compiled = ContractCompiler.compile(text: text, path: "conformance.sla.yaml")
        guard let contract = compiled.contract else {
            let messages = compiled.diagnostics.map { String(describing: $0) }.joined(separator: "\n")
            Issue.record("the scenario contract does not compile:\n\(messages)", sourceLocation: sourceLocation)
            throw ScenarioError.contractRejected
        }
        return contract
    }

    /// Audits `jsonl` (one event a line) against `contract` for `period`.
    static func audit(_ contract: Contract, _ jsonl: String, period: ReportPeriod) throws -> AuditResult {
        try audit(contract, files: [("events.jsonl", jsonl)], period: period)
    }

    /// Audits event files (written under their names, in the order given) against `contract`.
    static func audit(
        _ contract: Contract, files: [(name: String, text: String)], period: ReportPeriod, strict: Bool = false
    ) throws -> AuditResult {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("leadpact-conformance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var paths: [String] = []
        for file in files {
            let url = directory.appendingPathComponent(file.name)
            try Data(file.text.utf8).write(to: url)
            paths.append(url.path)
        }
        return try Auditor.audit(
            contract: contract, digest: "sha256:conformance", eventFiles: paths, period: period,
            options: AuditOptions(strict: strict))
    }

    /// ISO week 2026-W47 (Mon 2026-11-16 to Mon 2026-11-23, New York).
    static func week47() throws -> ReportPeriod {
        try ReportPeriod.week("2026-W47", timeZone: "America/New_York")
    }

    /// Compiles `contractText` and audits `jsonl` over ISO week `week` (contract zone).
    static func run(_ contractText: String, _ jsonl: String, week: String = "2026-W47") throws -> AuditResult {
        let contract = try contract(contractText)
        return try audit(contract, jsonl, period: try ReportPeriod.week(week, timeZone: contract.metadata.timeZone))
    }

    /// Compiles `contractText` and audits `jsonl` over `--from`/`--to` dates (contract zone).
    static func run(_ contractText: String, _ jsonl: String, from: String, to: String) throws -> AuditResult {
        let contract = try contract(contractText)
        let period = try ReportPeriod.range(from: from, to: to, timeZone: contract.metadata.timeZone)
        return try audit(contract, jsonl, period: period)
    }

    /// An RFC 3339 instant written with its offset, e.g. `2026-11-16T10:30:00-05:00`.
    static func at(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        guard let date = formatter.date(from: text) else {
            Issue.record("bad instant in the test itself: \(text)")
            return Date(timeIntervalSince1970: 0)
        }
        return date
    }

    enum ScenarioError: Error { case contractRejected }
}

extension AuditResult {
    /// The counts of `rule` as `[met, breached, waived, open]`.
    func tally(_ rule: AuditRule) -> [Int] {
        let counts = rules.first { $0.rule == rule }?.counts ?? ObligationCounts()
        return [counts.met, counts.breached, counts.waived, counts.open]
    }

    /// The breaches of `rule` (for `lead`, when given).
    func breaches(_ rule: AuditRule, lead: String? = nil) -> [Breach] {
        breaches.filter { $0.rule == rule && (lead == nil || $0.lead == lead) }
    }

    /// The open obligations of `rule` (for `lead`, when given).
    func open(_ rule: AuditRule, lead: String? = nil) -> [OpenObligation] {
        open.filter { $0.rule == rule && (lead == nil || $0.lead == lead) }
    }
}
