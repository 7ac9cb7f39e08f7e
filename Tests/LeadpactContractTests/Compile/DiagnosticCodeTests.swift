import LeadpactContract
import LeadpactDiagnostics
import Testing

@Suite struct DiagnosticCodeTests {
    @Test(arguments: DiagnosticCodeCase.structure + DiagnosticCodeCase.semantic)
    func reportsTheCodeAtTheMarkedPosition(_ testCase: DiagnosticCodeCase) throws {
        let contract = MarkedContract(testCase.marked)
        let result = contract.compile()
        let matching = result.diagnostics.filter { $0.code == testCase.code }
        #expect(
            matching.contains { $0.location == contract.location },
            "expected \(testCase.code) at \(contract.location), got \(MarkedContract.summary(result.diagnostics))"
        )
        let code = try #require(ContractDiagnosticCode(rawValue: testCase.code))
        #expect(matching.allSatisfy { $0.severity == code.severity && $0.file == "test.sla.yaml" })
        if code.severity == .error { #expect(result.contract == nil) }
    }

    @Test func everyStructureAndSemanticCodeHasACase() {
        let covered = Set((DiagnosticCodeCase.structure + DiagnosticCodeCase.semantic).map(\.code))
        let all = Set(ContractDiagnosticCode.allCases.map(\.code))
        #expect(all.subtracting(covered) == [])
    }

    @Test func anUnreadableFileIsReportedAsLP100() {
        let result = ContractCompiler.compile(path: "/nonexistent/contract.sla.yaml")
        #expect(result.diagnostics.map(\.code) == ["LP100"])
        #expect(result.diagnostics.first?.message.contains("no such file") == true)
        #expect(result.contract == nil)
    }

    @Test func warningsAloneLeaveTheContractCompiled() {
        let contract = MarkedContract.withHeader("sales:\n  accept_within: ‸2 hours\n  first_touch_within: 1 hour\n")
        let result = contract.compile()
        #expect(result.diagnostics.map(\.code) == ["LP407"])
        #expect(result.contract != nil)
    }
}
