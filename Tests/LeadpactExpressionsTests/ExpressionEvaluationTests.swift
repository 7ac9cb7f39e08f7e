import LeadpactExpressions
import Testing

@Suite struct ExpressionEvaluationTests {
    private func holds(_ text: String, _ facts: StubFacts) throws -> Bool {
        try #require(ExpressionFixtures.expression(text)).evaluate(facts)
    }

    private let vp = StubFacts(values: ["seniority": .enumCase("vp"), "company_size": .int(250), "authority": .bool(true),
                                        "revenue": .number(12.5), "title": .string("CFO")])
    private let blank = StubFacts()

    @Test func comparesKnownValues() throws {
        #expect(try holds("seniority in [director, vp, cxo]", vp))
        #expect(try !holds("seniority in [ic, manager]", vp))
        #expect(try holds("seniority != ic", vp))
        #expect(try holds("company_size > 50 and authority", vp))
        #expect(try holds("title == 'CFO' and title != 'CEO'", vp))
        #expect(try holds("authority == true and not authority == false", vp))
    }

    @Test(arguments: ["company_size > 5", "company_size <= 5", "company_size == 5", "company_size != 5",
                      "seniority == vp", "seniority != vp", "seniority in [ic, manager, director, vp, cxo]",
                      "authority", "authority == false", "authority != true", "title != 'x'", "revenue < 1"])
    func comparisonsWithAMissingFieldAreFalse(text: String) throws {
        #expect(try !holds(text, blank))
        #expect(try holds("not (\(text))", blank))
    }

    @Test func knownTellsWhetherTheLeadHasTheField() throws {
        #expect(try holds("known(seniority) and not known(budget)", vp))
        #expect(try !holds("known(seniority)", blank))
    }

    @Test func mixesIntsAndNumbers() throws {
        #expect(try holds("revenue > 12 and revenue < 13 and revenue == 12.5", vp))
        #expect(try holds("company_size == 250.0 and company_size > 249.5", vp))
        let wholeRevenue = StubFacts(values: ["revenue": .number(250)])
        #expect(try holds("revenue == 250 and revenue in [1, 250]", wholeRevenue))
        let intRevenue = StubFacts(values: ["company_size": .int(3)])
        #expect(try holds("company_size in [2.5, 3]", intRevenue))
    }

    @Test func readsScoresAndCountWindows() throws {
        let facts = StubFacts(scores: [.total: 99.5, .explicit: 50, .implicit: 49.5],
                              counts: ["demo_request/604800": 1, "demo_request/all": 3])
        #expect(try !holds("score >= 100", facts))
        #expect(try holds("score >= 99.5 and explicit_score == 50 and implicit_score < 50", facts))
        #expect(try holds("count(demo_request, 7 days) >= 1 and count(demo_request, 1w) == 1", facts))
        #expect(try holds("count(demo_request) == 3 and count(webinar) == 0", facts))
        #expect(try !holds("count(demo_request, 1 day) >= 1", facts))
    }

    @Test func foldsLiteralConditions() throws {
        #expect(try holds("true", blank))
        #expect(try !holds("false or 1 > 2", blank))
        #expect(try holds("'a' != 'b' and 2 >= 1.5", blank))
    }
}
