import Foundation
@testable import LeadpactAudit
import LeadpactContract
import LeadpactExpressions
import Testing

@Suite struct LeadStateTests {
    private let day: Int64 = 86_400_000

    private func state(_ scoring: ScoringModel?, strings: StringTable = StringTable()) -> LeadState {
        LeadState(schema: EventSchema(contract: TestContract.make(scoring: scoring)), scoring: scoring, strings: strings)
    }

    private func activity(_ name: String) -> Int32 {
        EventSchema(contract: TestContract.make()).activity(named: name) ?? -1
    }

    @Test func implicitPointsHalveEveryHalfLife() {
        let model = ScoringModel(
            explicit: [], implicit: [ImplicitScoringRule(activity: "demo_request", points: 40, max: nil)],
            halfLifeSeconds: 7 * 86_400)
        let lead = state(model)
        lead.log(activity: activity("demo_request"), at: 0)
        lead.moment = 0
        #expect(lead.score(.implicit) == 40)
        lead.moment = 7 * day
        #expect(lead.score(.implicit) == 20)
        lead.moment = 14 * day
        #expect(lead.score(.total) == 10)
        lead.moment = 7 * day / 2
        #expect(abs(lead.score(.implicit) - 40 / 2.0.squareRoot()) < 1e-9)
    }

    @Test func withoutHalfLifeNothingDecaysAndMaxKeepsTheMostRecent() {
        let model = ScoringModel(
            explicit: [], implicit: [
                ImplicitScoringRule(activity: "pricing_view", points: 15, max: 3),
                ImplicitScoringRule(activity: "page_view", points: -5, max: nil),
            ], halfLifeSeconds: nil)
        let lead = state(model)
        for i in 0..<5 { lead.log(activity: activity("pricing_view"), at: Int64(i) * day) }
        lead.log(activity: activity("page_view"), at: 0)
        lead.moment = 400 * day
        #expect(lead.score(.implicit) == 3 * 15 - 5)
    }

    @Test func maxCountsTheMostRecentUnderDecay() {
        let model = ScoringModel(
            explicit: [], implicit: [ImplicitScoringRule(activity: "pricing_view", points: 16, max: 2)],
            halfLifeSeconds: 86_400)
        let lead = state(model)
        for i: Int64 in [0, 1, 2] { lead.log(activity: activity("pricing_view"), at: i * day) }
        lead.moment = 3 * day
        // The two most recent are 1 and 2 days old: 8 + 4; the oldest (2) is not counted.
        #expect(lead.score(.implicit) == 12)
    }

    @Test func explicitPointsFollowTheAttributesAndCannotReadThemselves() {
        let model = ScoringModel(
            explicit: [
                ExplicitScoringRule(condition: .member(.field("seniority"), [.enumCase("vp")]), points: 30),
                ExplicitScoringRule(condition: .compare(.score(.total), .greaterOrEqual, .literal(.int(10))), points: 5),
            ],
            implicit: [ImplicitScoringRule(activity: "demo_request", points: 10, max: nil)], halfLifeSeconds: nil)
        var strings = StringTable()
        let vp = strings.intern("vp")
        let lead = state(model, strings: strings)
        #expect(lead.score(.total) == 0)
        let seniority = EventSchema(contract: TestContract.make()).field(named: "seniority") ?? 0
        lead.apply([StoredAttribute(field: seniority, kind: .enumCase, bits: Int64(vp))][...])
        #expect(lead.score(.explicit) == 30)
        lead.log(activity: activity("demo_request"), at: 0)
        // The second rule sees only the implicit 10 points, so it holds: 30 + 5 + 10.
        #expect(lead.score(.total) == 45)
    }

    @Test func countWindowsIncludeBothEnds() {
        let lead = state(nil)
        for t: Int64 in [0, 5 * day, 10 * day] { lead.log(activity: activity("page_view"), at: t) }
        lead.moment = 10 * day
        #expect(lead.count(activity: "page_view", windowSeconds: 10 * 86_400) == 3)
        #expect(lead.count(activity: "page_view", windowSeconds: 10 * 86_400 - 1) == 2)
        #expect(lead.count(activity: "page_view", windowSeconds: nil) == 3)
        #expect(lead.count(activity: "pricing_view", windowSeconds: nil) == 0)
        #expect(lead.countAnyActivity(windowSeconds: 0) == 1)
        #expect(lead.count(activity: "page_view", windowSeconds: Int64.max) == 3)
    }

    @Test func resetForgetsTheLead() {
        let lead = state(nil)
        lead.log(activity: activity("page_view"), at: 0)
        lead.apply([StoredAttribute(field: 0, kind: .bool, bits: 1)][...])
        lead.reset()
        #expect(lead.countAnyActivity(windowSeconds: nil) == 0)
        #expect(lead.value(of: "authority") == nil)
    }
}
