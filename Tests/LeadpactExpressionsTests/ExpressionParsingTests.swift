import LeadpactDiagnostics
import LeadpactExpressions
import Testing

@Suite struct ExpressionParsingTests {
    @Test(arguments: [
        ("seniority in [director, vp, cxo]", "seniority in [director, vp, cxo]"),
        ("seniority in [cxo, vp, director, vp]", "seniority in [director, vp, cxo]"),
        ("score >= 100 and seniority in [director, vp, cxo] and company_size > 50",
         "score >= 100 and seniority in [director, vp, cxo] and company_size > 50"),
        ("budget == approved and authority and timeline_days <= 90",
         "budget == approved and authority and timeline_days <= 90"),
        ("count(demo_request, 7 days) >= 1", "count(demo_request, 7d) >= 1"),
        ("count(demo_request, 1w) >= 1", "count(demo_request, 7d) >= 1"),
        ("count(pricing_view, 36 hours) > 2", "count(pricing_view, 36h) > 2"),
        ("count(pricing_view, 90m) > 2 or count(webinar) == 0", "count(pricing_view, 90m) > 2 or count(webinar) == 0"),
        ("(region == emea)", "region == emea"),
        ("region == 'emea'", "region == emea"),
        ("50 < company_size", "company_size > 50"),
        ("company_size >= 50.0", "company_size >= 50"),
        ("revenue > 0.50", "revenue > 0.5"),
        ("revenue > -2.5e3", "revenue > -2500"),
        ("title == \"O'Brien\"", "title == 'O\\'Brien'"),
        ("not (authority)", "not authority"),
        ("not (company_size > 5)", "not company_size > 5"),
        ("(authority or known(title)) and region == na", "(authority or known(title)) and region == na"),
        ("authority or (known(title) and region == na)", "authority or known(title) and region == na"),
        ("authority and (known(title) and true)", "authority and (known(title) and true)"),
        ("(authority == true) == false", "(authority == true) == false"),
        ("explicit_score + 0 >= 1", ""),
    ] as [(String, String)])
    func printsTheCanonicalForm(source: String, canonical: String) throws {
        let result = ExpressionFixtures.compile(source)
        guard !canonical.isEmpty else {
            #expect(result.expression == nil)
            return
        }
        let expression = try #require(result.expression, "\(result.diagnostics)")
        #expect(expression.sourceText == canonical)
        #expect(ExpressionFixtures.expression(canonical) == expression)
    }

    @Test func andBindsTighterThanOrAndNotTighterThanAnd() throws {
        let expression = try #require(ExpressionFixtures.expression("not authority or authority and region == na"))
        #expect(expression == .or(.not(.field("authority")),
                                  .and(.field("authority"), .compare(.field("region"), .equal, .literal(.enumCase("na"))))))
    }

    @Test func notAppliesToTheWholeComparison() throws {
        let expression = try #require(ExpressionFixtures.expression("not company_size == 5"))
        #expect(expression == .not(.compare(.field("company_size"), .equal, .literal(.int(5)))))
    }

    @Test func connectivesGroupToTheLeft() throws {
        let expression = try #require(ExpressionFixtures.expression("authority or known(title) or true"))
        #expect(expression == .or(.or(.field("authority"), .known("title")), .literal(.bool(true))))
    }

    @Test func readsCountWindowsInSeconds() throws {
        let expression = try #require(ExpressionFixtures.expression("count(demo_request, 2 hours) >= 1"))
        #expect(expression == .compare(.count(activity: "demo_request", windowSeconds: 7_200), .greaterOrEqual, .literal(.int(1))))
    }

    @Test func quotesEnumValuesThatAreNotBareWords() {
        let expression = Expression.member(.field("band"), [.enumCase("1-10"), .enumCase("not"), .enumCase("mid_market")])
        #expect(expression.sourceText == "band in ['1-10', 'not', mid_market]")
    }

    @Test func printsProgrammaticNumbersOneWay() {
        #expect(Expression.compare(.field("revenue"), .greater, .literal(.number(50))).sourceText == "revenue > 50")
        #expect(Expression.compare(.field("revenue"), .greater, .literal(.number(-0.0))).sourceText == "revenue > 0")
    }
}

extension ExpressionParsingTests {
    @Test func readsDurationUnitsInAnyLetterCase() throws {
        #expect(try #require(ExpressionFixtures.expression("count(webinar, 2 Days) > 0")).sourceText == "count(webinar, 2d) > 0")
        #expect(try #require(ExpressionFixtures.expression("count(webinar, 2W) > 0")).sourceText == "count(webinar, 14d) > 0")
    }
}

extension ExpressionParsingTests {
    @Test func aValueOfTheComparedEnumWinsOverAFieldOfTheSameName() throws {
        let environment = ExpressionEnvironment(
            fields: ["source": .enumeration(["partner", "web"]), "partner": .bool], activities: [])
        let compiled = ExpressionCompiler.compile("source == partner and partner", at: .init(line: 1, column: 1),
                                                  file: "x", environment: environment)
        #expect(compiled.expression == .and(.compare(.field("source"), .equal, .literal(.enumCase("partner"))), .field("partner")))
        let mirrored = ExpressionCompiler.compile("partner != source", at: .init(line: 1, column: 1),
                                                  file: "x", environment: environment)
        #expect(mirrored.expression == .compare(.field("source"), .notEqual, .literal(.enumCase("partner"))))
    }
}
