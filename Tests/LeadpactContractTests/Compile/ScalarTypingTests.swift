import Foundation
import LeadpactCalendar
import LeadpactContract
import LeadpactDiagnostics
import LeadpactExpressions
import Testing

/// Scalars are typed by the schema, never by YAML 1.1's implicit rules.
@Suite struct ScalarTypingTests {
    @Test func wordsYAMLWouldReadAsBooleansAreTextWhereTextIsExpected() throws {
        let contract = MarkedContract.withHeader("""
            fields:
              answer: [yes, no, on, off]
            sales:
              reasons: [no, yes, "on", 1.0, null_value]
            """)
        let result = contract.compile()
        #expect(result.diagnostics.isEmpty, "\(MarkedContract.summary(result.diagnostics))")
        let compiled = try #require(result.contract)
        #expect(compiled.sales?.reasons == ["no", "yes", "on", "1.0", "null_value"])
        #expect(compiled.fields["answer"] == .enumeration(["yes", "no", "on", "off"]))
    }

    @Test func aTitleThatLooksLikeANumberOrABooleanStaysText() throws {
        let text = MarkedContract.header.replacingOccurrences(of: "title: Test SLA", with: "title: true")
            .replacingOccurrences(of: "id: test", with: "id: 2026")
        let result = ContractCompiler.compile(text: text, path: "test.sla.yaml")
        let compiled = try #require(result.contract)
        #expect(compiled.metadata.title == "true")
        #expect(compiled.metadata.id == "2026")
    }

    @Test(arguments: [
        ("‸\"7\"", "quoted text"), ("‸7.0", "found '7.0'"), ("‸1_000", "found '1_000'"), ("‸0x10", "found '0x10'"),
        ("‸+7", "found '+7'"), ("‸seven", "found 'seven'"), ("‸99999999999999999999", "too large"),
    ])
    func aCountMustBeAnUnquotedIntegerLiteral(_ written: String, _ expected: String) {
        let contract = MarkedContract.withHeader("sales:\n  sequence:\n    touches: \(written)\n    within: 2 days\n")
        let result = contract.compile()
        let diagnostic = result.diagnostics.first { $0.code == "LP204" }
        #expect(diagnostic?.location == contract.location)
        #expect(diagnostic?.message.contains(expected) == true, "\(MarkedContract.summary(result.diagnostics))")
    }

    @Test func aQuotedIntegerGetsAFixThatRemovesTheQuotes() {
        let contract = MarkedContract.withHeader("sales:\n  sequence:\n    touches: ‸\"7\"\n    within: 2 days\n")
        let fix = contract.compile().diagnostics.first { $0.code == "LP204" }?.fixIts.first
        #expect(fix?.replacement == "7")
        #expect(fix?.range?.start == contract.location)
    }

    @Test func aNegativeIntegerIsAnIntegerButNotACount() {
        let contract = MarkedContract.withHeader("sales:\n  sequence:\n    touches: ‸-3\n    within: 2 days\n")
        let result = contract.compile()
        #expect(result.diagnostics.map(\.code) == ["LP423"])
        #expect(result.diagnostics.first?.location == contract.location)
    }

    @Test func nullIsNotText() {
        let contract = MarkedContract.withHeader("sales:\n  reasons: [no_budget, ‸~]\n")
        let result = contract.compile()
        #expect(result.diagnostics.map(\.code) == ["LP203"])
        #expect(result.diagnostics.first?.location == contract.location)
    }

    @Test func percentagesKeepTwoDecimalsExactly() throws {
        let result = MarkedContract.withHeader("marketing:\n  conversion: { mql_to_sql: 12.5%, per: quarter }\n").compile()
        #expect(try #require(result.contract).marketing?.conversion?.basisPoints == 1_250)
    }

    @Test(arguments: [("05%", 500), ("020.00%", 2_000), ("0000000100%", 10_000), ("20 %", 2_000)])
    func leadingZerosAndSpacesBeforeTheSignAreAccepted(rate: String, basisPoints: Int) throws {
        let result = MarkedContract.withHeader("marketing:\n  conversion: { mql_to_sql: '\(rate)', per: quarter }\n").compile()
        #expect(try #require(result.contract, "\(result.diagnostics)").marketing?.conversion?.basisPoints == basisPoints)
    }

    @Test(arguments: [" 20%", "20% ", "\t20%"])
    func blankSpaceAroundARateIsRejectedWithTheTrimmedRateAsTheFix(rate: String) {
        let contract = MarkedContract.withHeader("marketing:\n  conversion: { mql_to_sql: ‸\"\(rate)\", per: quarter }\n")
        let diagnostic = contract.compile().diagnostics.first
        #expect(diagnostic?.code == "LP217")
        #expect(diagnostic?.location == contract.location)
        #expect(diagnostic?.fixIts.first?.replacement == "20%")
    }

    @Test func aBareRateGetsTheFixThatSpellsItAsAPercentage() {
        let contract = MarkedContract.withHeader("marketing:\n  conversion: { mql_to_sql: ‸0.25, per: quarter }\n")
        let diagnostic = contract.compile().diagnostics.first
        #expect(diagnostic?.code == "LP217")
        #expect(diagnostic?.fixIts.first?.replacement == "25%")
    }
}
