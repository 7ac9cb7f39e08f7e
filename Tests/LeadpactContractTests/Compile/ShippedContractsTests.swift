import Foundation
import LeadpactCalendar
import LeadpactContract
import LeadpactDiagnostics
import LeadpactExpressions
import Testing

@Suite struct ShippedContractsTests {
    static let contracts = PackageFiles.list("contracts", suffix: ".sla.yaml")

    @Test func thereAreAtLeastThreeShippedContracts() {
        #expect(Self.contracts.count >= 3)
    }

    @Test(arguments: contracts) func compilesWithoutAnyDiagnostic(_ path: String) {
        let result = ContractCompiler.compile(path: PackageFiles.root.appendingPathComponent(path).path)
        #expect(result.diagnostics.map { "\($0.location) \($0.code) \($0.message)" } == [])
        #expect(!result.hasWarnings && !result.hasErrors)
        #expect(result.contract != nil)
    }

    @Test func acmeGlobalCompilesToTheModelItStates() throws {
        let result = ContractCompiler.compile(path: PackageFiles.root.appendingPathComponent("contracts/acme-global.sla.yaml").path)
        let contract = try #require(result.contract)
        #expect(contract.metadata.id == "acme-global")
        #expect(contract.metadata.version == SemanticVersion(major: 1, minor: 4, patch: 0))
        #expect(contract.calendars["na"]?.weekly[.friday] == [TimeWindow(start: 540, end: 720), TimeWindow(start: 780, end: 960)])
        #expect(contract.calendars["na"]?.holidays[LocalDate(year: 2026, month: 12, day: 24)] == [TimeWindow(start: 540, end: 720)])
        #expect(contract.calendars["na"]?.holidays[LocalDate(year: 2026, month: 11, day: 26)] == [])
        #expect(contract.fields["region"] == .enumeration(["na", "emea"]))
        #expect(contract.scoring?.implicit.first == ImplicitScoringRule(activity: "pricing_view", points: 15, max: 3))
        #expect(contract.scoring?.halfLifeSeconds == Int64(30 * 86_400))
        #expect(contract.stages.mql?.activeWithinSeconds == Int64(30 * 86_400))
        #expect(contract.marketing?.conversion == ConversionTarget(basisPoints: 2000, per: .quarter))
        #expect(contract.marketing?.volume.last?.segmentSource == "region == emea")
        #expect(contract.sales?.calendar == .byField(field: "region", calendars: ["na": "na", "emea": "emea"], fallback: "na"))
        #expect(contract.sales?.acceptWithin == .businessTime(seconds: 1_800))
        #expect(contract.sales?.firstTouchWithin == .businessTime(seconds: 3_600))
        #expect(contract.sales?.expedite.first?.firstTouchWithin == .wallClock(seconds: 300))
        #expect(contract.sales?.sequence == TouchSequence(touches: 7, within: .businessDays(10), channels: ["call": 3, "email": 3]))
        #expect(contract.sales?.reasons.contains("no_response") == true)
    }
}
