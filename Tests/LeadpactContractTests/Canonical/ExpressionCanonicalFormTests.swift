import LeadpactExpressions
import Testing
@testable import LeadpactContract

@Suite struct ExpressionCanonicalFormTests {
    let a = Expression.compare(.field("employees"), .greater, .literal(.int(100)))
    let b = Expression.field("authority")
    let c = Expression.known("budget")

    @Test func andChainsAreFlattenedIntoOneSet() {
        let left = Expression.and(.and(a, b), c).canonicalJSON
        #expect(Expression.and(a, .and(b, c)).canonicalJSON == left)
        #expect(Expression.and(c, .and(b, a)).canonicalJSON == left)
        #expect(Expression.or(.or(a, b), c).canonicalJSON != left)
        guard case .object(let node) = left, case .array(let operands)? = node["operands"] else {
            Issue.record("expected an and node with operands")
            return
        }
        #expect(node["op"] == .string("and"))
        #expect(operands.count == 3)
    }

    @Test func aChainOfOneRepeatedConditionIsThatCondition() {
        #expect(Expression.and(a, a).canonicalJSON == a.canonicalJSON)
        #expect(Expression.or(b, .or(b, b)).canonicalJSON == b.canonicalJSON)
    }

    @Test func differentNestingOfAndAndOrStaysDifferent() {
        #expect(Expression.and(a, .or(b, c)).canonicalJSON != Expression.or(.and(a, b), c).canonicalJSON)
        #expect(Expression.not(.and(a, b)).canonicalJSON != Expression.and(.not(a), .not(b)).canonicalJSON)
    }

    @Test func membershipValuesFormASet() {
        let first = Expression.member(.field("seniority"), [.enumCase("vp"), .enumCase("cxo")])
        let second = Expression.member(.field("seniority"), [.enumCase("cxo"), .enumCase("vp"), .enumCase("cxo")])
        #expect(first.canonicalJSON == second.canonicalJSON)
        #expect(first.canonicalJSON != Expression.member(.field("seniority"), [.enumCase("vp")]).canonicalJSON)
    }

    @Test func wholeAndDecimalLiteralsOfTheSameValueAreOneLiteral() {
        #expect(Value.int(50).canonicalJSON == Value.number(50).canonicalJSON)
        #expect(Value.int(50).canonicalJSON != Value.number(50.5).canonicalJSON)
    }

    @Test func literalsKeepTheirType() {
        #expect(Value.int(1).canonicalJSON != Value.bool(true).canonicalJSON)
        #expect(Value.string("vp").canonicalJSON != Value.enumCase("vp").canonicalJSON)
        #expect(CanonicalJSONWriter.compact.write(Value.number(2.5).canonicalJSON) == #"{"type":"number","value":2.5}"#)
    }

    @Test func countWindowIsAWallClockDuration() {
        let tree = Expression.count(activity: "demo_request", windowSeconds: 259_200).canonicalJSON
        #expect(CanonicalJSONWriter.compact.write(tree)
            == #"{"activity":"demo_request","op":"count","window":{"clock":"wall","seconds":259200}}"#)
        #expect(CanonicalJSONWriter.compact.write(Expression.count(activity: "webinar", windowSeconds: nil).canonicalJSON)
            == #"{"activity":"webinar","op":"count","window":null}"#)
    }
}
