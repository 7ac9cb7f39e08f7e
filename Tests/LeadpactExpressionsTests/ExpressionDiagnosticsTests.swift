import LeadpactDiagnostics
import LeadpactExpressions
import Testing

@Suite struct ExpressionDiagnosticsTests {
    /// The one diagnostic `text` produces when it stands at 12:15.
    private func only(_ text: String) throws -> Diagnostic {
        let result = ExpressionFixtures.compile(text)
        #expect(result.expression == nil || result.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(result.diagnostics.count == 1, "\(result.diagnostics.map(\.message))")
        return try #require(result.diagnostics.first)
    }

    private func at(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.code) \(diagnostic.location) \(diagnostic.range.map { $0.end.column - $0.start.column } ?? -1)"
    }

    @Test(arguments: [
        // (expression, code, line:column of the offending token, its length in scalars)
        ("seniorty == vp", "LP302 12:15 8"),
        ("authority and seniorty == vp", "LP302 12:29 8"),
        ("authority or (company_size >= 50 and seniority == vpp)", "LP303 12:65 3"),
        ("seniority in [ic, directr]", "LP303 12:33 7"),
        ("region == 'apac'", "LP303 12:25 6"),
        ("seniority < vp", "LP304 12:25 1"),
        ("title >= 'a'", "LP304 12:21 2"),
        ("company_size == 'big'", "LP304 12:28 2"),
        ("region == industry", "LP304 12:22 2"),
        ("company_size in [1, 'x']", "LP304 12:35 3"),
        ("title in [ceo]", "LP304 12:25 3"),
        ("count(demo_requests) >= 1", "LP305 12:21 13"),
        ("cnt(demo_request) >= 1", "LP306 12:15 3"),
        ("count(demo_request, 2 business days) >= 1", "LP307 12:37 8"),
        ("count(demo_request, 2 fortnights) >= 1", "LP307 12:37 10"),
        ("count(demo_request, 2x) >= 1", "LP307 12:36 1"),
        ("count(demo_request, 0 days) >= 1", "LP307 12:35 6"),
        ("count(demo_request, 1.5 days) >= 1", "LP307 12:35 8"),
        ("count(demo_request, 99999999999999999 weeks) >= 1", "LP307 12:35 23"),
        ("company_size", "LP308 12:15 12"),
        ("authority and count(webinar)", "LP308 12:29 14"),
        ("not title", "LP308 12:19 5"),
        ("company_size > 99999999999999999999", "LP309 12:30 20"),
        ("known(score)", "LP310 12:21 5"),
        ("known(titel)", "LP302 12:21 5"),
        ("seniority in [vp, cxo, vp]", "LP311 12:38 2"),
        ("seniority == vp and", "LP301 12:34 1"),
        ("seniority = vp", "LP301 12:25 1"),
        ("authority && known(title)", "LP301 12:25 2"),
        ("title == 'CEO", "LP301 12:24 1"),
        ("(authority", "LP301 12:25 1"),
        ("", "LP301 12:15 1"),
        ("1 < company_size < 9", "LP301 12:32 1"),
        ("seniority not in [vp]", "LP301 12:25 3"),
        ("authority AND known(title)", "LP301 12:25 3"),
        ("company_size > 5d", "LP301 12:30 2"),
        ("authority $ true", "LP301 12:25 1"),
    ] as [(String, String)])
    func pointsAtTheOffendingToken(text: String, expected: String) throws {
        #expect(at(try only(text)) == expected)
    }

    @Test func reportsTheTypoWhereItStandsInTheFile() throws {
        let first = try only("seniorty in [vp]")
        #expect(first.location == SourceLocation(line: 12, column: 15))
        let later = try only("authority and seniorty in [vp]")
        #expect(later.location == SourceLocation(line: 12, column: 29))
        #expect(later.file == "contract.sla.yaml")
        #expect(later.message == "unknown field 'seniorty' in expression")
    }

    @Test func offersTheClosestFieldAsAFixIt() throws {
        let diagnostic = try only("authority and seniorty in [vp]")
        let fix = try #require(diagnostic.fixIts.first)
        #expect(fix.message == "did you mean 'seniority'?")
        #expect(fix.replacement == "seniority")
        #expect(fix.range == SourceRange(start: SourceLocation(line: 12, column: 29), length: 8))
    }

    @Test func offersTheClosestEnumValueAndListsTheValues() throws {
        let diagnostic = try only("budget == aproved")
        #expect(diagnostic.message == "unknown value 'aproved' for 'budget' in expression")
        #expect(diagnostic.fixIts.first?.replacement == "approved")
        #expect(diagnostic.notes.map(\.message) == ["'budget' is one of: unknown, none, approved"])
    }

    @Test func offersTheClosestActivityFunctionAndUnit() throws {
        #expect(try only("count(pricing_veiw) > 1").fixIts.first?.replacement == "pricing_view")
        #expect(try only("cont(webinar) > 1").fixIts.first?.replacement == "count")
        #expect(try only("count(webinar, 2 dys) > 1").fixIts.first?.replacement == "days")
        #expect(try only("authority && true").fixIts.first?.replacement == "and")
        #expect(try only("authority OR true").fixIts.first?.replacement == "or")
    }

    @Test func offersQuotesForABareWordComparedWithText() throws {
        let diagnostic = try only("title == ceo")
        #expect(diagnostic.code == "LP302")
        #expect(diagnostic.fixIts.first?.replacement == "'ceo'")
        #expect(diagnostic.notes.map(\.message) == ["text is written in quotes: 'ceo'"])
    }

    @Test func explainsAnEnumValueUsedAsACondition() throws {
        let diagnostic = try only("vp")
        #expect(diagnostic.code == "LP302")
        #expect(diagnostic.notes.map(\.message) == ["'vp' is a value of 'seniority'; compare it, e.g. seniority == vp"])
    }

    @Test func collectsEveryTypeErrorAtOnce() {
        let result = ExpressionFixtures.compile("seniorty == vp and region < emea or count(demo, 1d) > 1 and known(budgt)")
        #expect(result.expression == nil)
        #expect(result.diagnostics.map(\.code) == ["LP302", "LP304", "LP305", "LP302"])
        #expect(result.diagnostics.map(\.location.column) == [15, 41, 57, 81])
    }

    @Test func keepsTheExpressionWhenThereAreOnlyWarnings() throws {
        let result = ExpressionFixtures.compile("region in [na, na]")
        #expect(result.diagnostics.map(\.severity) == [.warning])
        #expect(try #require(result.expression).sourceText == "region in [na]")
    }

    @Test func everyCodeIsDistinctAndInTheExpressionRange() {
        let codes = ExpressionDiagnosticCode.allCases.map(\.rawValue)
        #expect(Set(codes).count == codes.count)
        #expect(codes.allSatisfy { $0.hasPrefix("LP3") && $0.count == 5 })
    }
}

extension ExpressionDiagnosticsTests {
    @Test func rejectsNestingPastTheLimitWithoutCrashing() throws {
        let deep = String(repeating: "(", count: 100) + "authority" + String(repeating: ")", count: 100)
        let result = ExpressionFixtures.compile(deep)
        #expect(result.diagnostics.map(\.code) == ["LP301"])
        #expect(result.diagnostics.first?.location.column == 15 + 64)
        let nots = String(repeating: "not ", count: 65) + "authority"
        #expect(ExpressionFixtures.compile(nots).diagnostics.map(\.code) == ["LP301"])
        #expect(ExpressionFixtures.compile(String(repeating: "not ", count: 64) + "authority").expression != nil)
    }

    @Test func rejectsOverlongExpressionsButHandlesLongChains() throws {
        let long = Array(repeating: "authority", count: 600).joined(separator: " and ")
        #expect(ExpressionFixtures.compile(long).diagnostics.map(\.code) == ["LP301"])
        let chain = Array(repeating: "company_size > 1", count: 250).joined(separator: " or ")
        let expression = try #require(ExpressionFixtures.expression(chain))
        #expect(expression.sourceText == chain)
        #expect(expression.evaluate(StubFacts(values: ["company_size": .int(2)])))
        #expect(ExpressionAnalysis.constantTruth(expression, environment: ExpressionFixtures.environment) == nil)
    }
}

extension ExpressionDiagnosticsTests {
    @Test func rejectsHugeInputAtTheTokenLimit() {
        let huge = String(repeating: "(", count: 50_000) + "authority" + String(repeating: ")", count: 50_000)
        let result = ExpressionFixtures.compile(huge)
        #expect(result.diagnostics.map(\.code) == ["LP301"])
        #expect(result.diagnostics.first?.message.contains("too long") == true)
    }
}
