import LeadpactExpressions
import Testing

@Suite struct ExpressionAnalysisTests {
    private func truth(_ text: String) throws -> Bool? {
        let expression = try #require(ExpressionFixtures.expression(text), "\(ExpressionFixtures.compile(text).diagnostics)")
        return ExpressionAnalysis.constantTruth(expression, environment: ExpressionFixtures.environment)
    }

    @Test(arguments: [
        "true", "1 < 2", "not false", "'a' != 'b'",
        "score >= 0 or not (score >= 0)",
        "known(title) or not known(title)",
        "count(demo_request) >= 0",
        "count(demo_request, 7d) > -1",
        "authority or not authority",
        "not (company_size > 5 and company_size < 5)",
        "not (revenue > 1.5 and revenue < 1.25)",
        "region == region or not known(region)",
        "company_size != 3 or company_size == 3 or not known(company_size)",
    ])
    func findsConditionsThatAlwaysHold(text: String) throws {
        #expect(try truth(text) == true)
    }

    @Test(arguments: [
        "false", "2 < 1", "revenue > 1.5 and revenue < 1.5000000000000002", "authority and not authority",
        "company_size > 5 and company_size < 5",
        "company_size > 5 and company_size < 6",
        "company_size > 5.5 and company_size < 6",
        "seniority == vp and seniority == cxo",
        "count(webinar) < 0",
        "title == 'a' and title == 'b'",
        "seniority in [] or region in []",
        "score > 10 and not score > 5",
    ])
    func findsConditionsThatNeverHold(text: String) throws {
        #expect(try truth(text) == false)
    }

    @Test(arguments: [
        "company_size > 5 or company_size <= 5",
        "seniority in [ic, manager, director, vp, cxo]",
        "authority == true or authority == false",
        "company_size > 5 and company_size < 7",
        "revenue > 1.5 and revenue < 1.6",
        "revenue > 1.5 and revenue < 1.5000000000000004",
        "score >= 100",
        "count(demo_request, 7 days) >= 1",
        "title != 'x'",
        "not (company_size > 5)",
        "company_size > timeline_days",
        "company_size >= timeline_days or company_size < timeline_days",
        "title == 'a' or title != 'a'",
        "explicit_score > 10 and score < 5",
    ])
    func leavesLeadDependentConditionsUndecided(text: String) throws {
        #expect(try truth(text) == nil)
    }

    @Test func givesUpBeyondTheCombinationLimit() throws {
        let wide = (0..<40).map { "company_size == \($0 * 10) or timeline_days == \($0 * 10)" }.joined(separator: " or ")
        #expect(try truth("(\(wide)) and false") == nil)
    }

    /// Every constant found must hold on random lead states too.
    @Test func neverClaimsAConstantThatRandomLeadsContradict() throws {
        var generator = SplitMix(seed: 47)
        let atoms = ["company_size > 5", "company_size <= 7", "company_size == 6", "revenue < 2.5", "revenue >= 2.5",
                     "authority", "known(title)", "title == 'a'", "seniority in [vp, cxo]", "seniority == ic",
                     "score >= 10", "count(webinar, 1d) >= 1", "count(webinar) < 2", "region != na"]
        var constants = 0
        for _ in 0..<400 {
            var text = atoms[generator.below(atoms.count)]
            for _ in 0..<generator.below(4) {
                let other = atoms[generator.below(atoms.count)]
                let negated = generator.below(2) == 0 ? "not " : ""
                text = "(\(text)) \(generator.below(2) == 0 ? "and" : "or") \(negated)(\(other))"
            }
            let expression = try #require(ExpressionFixtures.expression(text))
            guard let claim = ExpressionAnalysis.constantTruth(expression, environment: ExpressionFixtures.environment) else { continue }
            constants += 1
            for _ in 0..<200 {
                #expect(expression.evaluate(randomFacts(&generator)) == claim, "\(text)")
            }
        }
        #expect(constants > 0)
    }

    private func randomFacts(_ generator: inout SplitMix) -> StubFacts {
        var facts = StubFacts()
        let pick = { (g: inout SplitMix, value: Value) -> Value? in g.below(4) == 0 ? nil : value }
        facts.values["company_size"] = pick(&generator, .int(Int64(generator.below(12))))
        facts.values["revenue"] = pick(&generator, .number(Double(generator.below(10)) / 2))
        facts.values["authority"] = pick(&generator, .bool(generator.below(2) == 0))
        facts.values["title"] = pick(&generator, .string(["a", "b"][generator.below(2)]))
        facts.values["seniority"] = pick(&generator, .enumCase(["ic", "manager", "director", "vp", "cxo"][generator.below(5)]))
        facts.values["region"] = pick(&generator, .enumCase(["na", "emea"][generator.below(2)]))
        facts.scores[.total] = Double(generator.below(30)) - 5
        facts.counts["webinar/86400"] = generator.below(3)
        facts.counts["webinar/all"] = facts.counts["webinar/86400", default: 0] + generator.below(3)
        return facts
    }
}

/// A small deterministic random number generator for property tests.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
