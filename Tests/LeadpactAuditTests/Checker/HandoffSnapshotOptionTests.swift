import Foundation
import LeadpactAudit
import LeadpactContract
import Testing

/// A cycle's handoff snapshot (score, explicit rules held, activities logged) is taken only
/// when asked (`AuditOptions.snapshotsHandoffs`, the review's), and asking changes nothing else.
@Suite struct HandoffSnapshotOptionTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func snapshotsAreTakenOnlyWhenAsked() throws {
        let contract = try #require(
            ContractCompiler.compile(path: Self.root.appendingPathComponent("contracts/acme-global.sla.yaml").path).contract)
        let events = Self.root.appendingPathComponent("fixtures/acme-global-12w.jsonl").path
        let period = try ReportPeriod.week("2026-W47", timeZone: contract.metadata.timeZone)
        let plain = try Auditor.audit(contract: contract, digest: "", eventFiles: [events], period: period, options: AuditOptions())
        var asking = AuditOptions()
        asking.snapshotsHandoffs = true
        let snapped = try Auditor.audit(contract: contract, digest: "", eventFiles: [events], period: period, options: asking)
        #expect(!plain.cycles.isEmpty && plain.cycles.allSatisfy { $0.handoff == nil })
        #expect(snapped.cycles.allSatisfy { $0.handoff != nil })
        #expect(snapped.cycles.map(\.lead) == plain.cycles.map(\.lead))
        #expect(snapped.breaches == plain.breaches && snapped.open == plain.open && snapped.rules == plain.rules)
    }
}
