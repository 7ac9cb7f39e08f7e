import LeadpactExpressions
import Testing

@testable import LeadpactSignoff

@Suite("Comparing conditions for strictness")
struct ConditionComparisonTests {
    private let score = Expression.score(.total)
    private func atLeast(_ n: Int64) -> Expression { .compare(score, .greaterOrEqual, .literal(.int(n))) }
    private func atMost(_ n: Int64) -> Expression { .compare(.field("days"), .lessOrEqual, .literal(.int(n))) }
    private func seniority(_ values: String...) -> Expression { .member(.field("seniority"), values.map { .enumCase($0) }) }

    @Test("thresholds move the bar", arguments: [
        (100, 120, ConditionComparison.stricter), (120, 100, .laxer), (100, 100, .same),
    ])
    func thresholds(old: Int64, new: Int64, expected: ConditionComparison) {
        #expect(ConditionComparison.between(atLeast(old), atLeast(new)) == expected)
        #expect(ConditionComparison.between(atMost(old), atMost(new)) == expected.inverted)
    }

    @Test("a strict and a non-strict bound on the same number")
    func strictness() {
        let greater = Expression.compare(score, .greater, .literal(.int(100)))
        #expect(ConditionComparison.between(atLeast(100), greater) == .stricter)
        #expect(ConditionComparison.between(greater, atLeast(100)) == .laxer)
        #expect(ConditionComparison.between(greater, atLeast(120)) == .different)
    }

    @Test("value lists")
    func members() {
        #expect(ConditionComparison.between(seniority("director", "vp"), seniority("vp")) == .stricter)
        #expect(ConditionComparison.between(seniority("vp"), seniority("vp", "cxo")) == .laxer)
        #expect(ConditionComparison.between(seniority("vp"), seniority("cxo")) == .different)
    }

    @Test("and and or chains")
    func chains() {
        let base = Expression.and(atLeast(100), seniority("vp", "cxo"))
        #expect(ConditionComparison.between(base, .and(base, atMost(90))) == .stricter)
        #expect(ConditionComparison.between(base, atLeast(100)) == .laxer)
        #expect(ConditionComparison.between(base, .and(atLeast(120), seniority("vp", "cxo"))) == .stricter)
        #expect(ConditionComparison.between(base, .and(atLeast(120), seniority("vp", "cxo", "director"))) == .different)
        let either = Expression.or(atLeast(100), seniority("cxo"))
        #expect(ConditionComparison.between(either, atLeast(100)) == .stricter)
        #expect(ConditionComparison.between(atLeast(100), either) == .laxer)
    }

    @Test("not reverses the verdict")
    func negation() {
        #expect(ConditionComparison.between(.not(atLeast(100)), .not(atLeast(120))) == .laxer)
    }

    @Test("unrelated conditions are different")
    func unrelated() {
        #expect(ConditionComparison.between(atLeast(100), seniority("vp")) == .different)
        #expect(ConditionComparison.between(.field("authority"), .known("budget")) == .different)
    }
}
