import Foundation
import LeadpactAudit
import LeadpactContract
import Testing

/// An audit asked for open targets only (`AuditOptions.judgesEndedTargets`, what the queue
/// asks for) leaves ended target periods unjudged and keeps the open ones exactly as a full
/// audit lists them.
@Suite struct OpenTargetsOnlyTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped contract without its `effective` date, so targets reach back to 1900.
    static func contract() throws -> Contract {
        var contract = try #require(
            ContractCompiler.compile(path: root.appendingPathComponent("contracts/acme-global.sla.yaml").path).contract)
        contract.metadata.effective = nil
        return contract
    }

    @Test func endedTargetsAreLeftUnjudgedAndOpenOnesKept() throws {
        let contract = try Self.contract()
        let events = Self.root.appendingPathComponent("fixtures/acme-global-12w.jsonl").path
        let period = ReportPeriod(
            from: try #require(ISO8601DateFormatter().date(from: "1900-01-01T00:00:00Z")),
            to: try #require(ISO8601DateFormatter().date(from: "2026-11-20T14:00:00Z")), label: "queue")
        let full = try Auditor.audit(contract: contract, digest: "", eventFiles: [events], period: period, options: AuditOptions())
        var openOnly = AuditOptions()
        openOnly.judgesEndedTargets = false
        let queued = try Auditor.audit(contract: contract, digest: "", eventFiles: [events], period: period, options: openOnly)
        #expect(full.targets.count > 1000)  // every month and quarter since 1900, each judged
        #expect(queued.targets.allSatisfy { $0.status == .open })
        #expect(queued.targets == full.targets.filter { $0.status == .open })
        #expect(queued.open == full.open)
        #expect(queued.breaches == full.breaches.filter { $0.lead != nil })
    }
}
