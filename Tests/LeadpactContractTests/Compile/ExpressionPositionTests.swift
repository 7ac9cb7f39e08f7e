import LeadpactContract
import LeadpactDiagnostics
import LeadpactExpressions
import Testing

/// Diagnostics inside expressions stand at the offending character, whatever the quoting.
@Suite struct ExpressionPositionTests {
    static let fields = "fields:\n  seniority: [ic, manager, director, vp]\n  company_size: int\n"

    @Test(arguments: [
        "stages:\n  sql:\n    when: \"company_size > 10 and ‸seniorty == vp\"\n",
        "stages:\n  sql:\n    when: 'company_size > 10 and ‸seniorty == vp'\n",
        "stages:\n  sql:\n    when: company_size > 10 and ‸seniorty == vp\n",
        "scoring:\n  explicit:\n    - { if: \"‸seniorty in [vp]\", points: 10 }\n",
        "marketing:\n  volume:\n    - { mqls: 5, per: month, where: 'company_size > 1 and ‸seniorty == vp' }\n",
        "stages:\n  sql:\n    when: |\n      ‸seniorty == vp\n",
        "stages:\n  sql:\n    when: >-\n\n        ‸seniorty == vp\n",
    ])
    func aMisspeltFieldIsReportedAtItsOwnColumnWithADidYouMean(_ snippet: String) {
        let contract = MarkedContract.withHeader(Self.fields + snippet)
        let result = contract.compile()
        let diagnostic = result.diagnostics.first { $0.code == "LP302" }
        #expect(diagnostic?.location == contract.location, "\(MarkedContract.summary(result.diagnostics))")
        let suggestion = (diagnostic.map { [$0.message] + $0.fixIts.map(\.message) } ?? []).joined(separator: " ")
        #expect(suggestion.contains("seniority"))
        #expect(result.contract == nil)
    }

    @Test func anExpressionMayNameOnlyDeclaredActivities() {
        let contract = MarkedContract.withHeader("activities: [demo_request]\nstages:\n  mql:\n    when: \"count(‸demo_requests) >= 1\"\n")
        let result = contract.compile()
        #expect(result.diagnostics.first?.code == "LP305")
        #expect(result.diagnostics.first?.location == contract.location)
    }

    @Test func anExpressionCompilesToTheModel() throws {
        let result = MarkedContract.withHeader(Self.fields + "stages:\n  sql:\n    when: \"seniority in [director, vp]\"\n").compile()
        #expect(result.diagnostics.isEmpty)
        #expect(try #require(result.contract).stages.sql?.when == .member(.field("seniority"), [.enumCase("director"), .enumCase("vp")]))
    }
}
