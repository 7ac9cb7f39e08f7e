import Foundation
import LeadpactAudit
import LeadpactContract
import Testing

/// Scores at an mql (brief §2): explicit points while a condition holds, implicit points per
/// activity × 0.5^(age / half_life) (only the `max` most recent), on the state before the mql.
@Suite struct ScoreConformanceTests {
    private let contract = Conformance.yaml("""
        fields:
          seniority: [ic, manager, director, vp, cxo]
          company_size: int

        activities: [pricing_view, demo_request]

        scoring:
          explicit:
            - { if: "seniority in [director, vp, cxo]", points: 30 }
            - { if: "company_size >= 50", points: 20 }
          implicit:
            - { activity: pricing_view, points: 15, max: 3 }
            - { activity: demo_request, points: 60 }
          half_life: 30 days

        stages:
          mql:
            when: "score >= 80"
        """)

    @Test func decayAndTheMostRecentMaximumDecideTheThreshold() throws {
        // Every mql at 2026-11-16 10:00 EST = 15:00Z.
        // S1: explicit 30 + 20; a demo exactly 30 × 24 h earlier (2026-10-17 11:00 EDT = 15:00Z)
        //     has one half-life of age → 60 × 0.5 = 30 → score 80 ≥ 80 → met.
        // S2: the same demo one second older → 30 × 0.5^(1/2 592 000) < 30 → 79.99… → breach.
        // S3: explicit 30; four pricing views 1–4 minutes old (each ≈ 15): only the 3 most
        //     recent count → ≈ 44.99 → ≈ 74.99 < 80 → breach (all four would give ≈ 89.99).
        let result = try Conformance.run(contract, """
            {"ts":"2026-10-01T09:00:00-04:00","lead":"S1","type":"profile","set":{"seniority":"vp","company_size":50}}
            {"ts":"2026-10-17T11:00:00-04:00","lead":"S1","type":"activity","activity":"demo_request"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"S1","type":"mql"}
            {"ts":"2026-10-01T09:00:00-04:00","lead":"S2","type":"profile","set":{"seniority":"vp","company_size":50}}
            {"ts":"2026-10-17T10:59:59-04:00","lead":"S2","type":"activity","activity":"demo_request"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"S2","type":"mql"}
            {"ts":"2026-10-01T09:00:00-04:00","lead":"S3","type":"profile","set":{"seniority":"vp"}}
            {"ts":"2026-11-16T09:56:00-05:00","lead":"S3","type":"activity","activity":"pricing_view"}
            {"ts":"2026-11-16T09:57:00-05:00","lead":"S3","type":"activity","activity":"pricing_view"}
            {"ts":"2026-11-16T09:58:00-05:00","lead":"S3","type":"activity","activity":"pricing_view"}
            {"ts":"2026-11-16T09:59:00-05:00","lead":"S3","type":"activity","activity":"pricing_view"}
            {"ts":"2026-11-16T10:00:00-05:00","lead":"S3","type":"mql"}
            """)
        #expect(result.tally(.marketingMQLCriteria) == [1, 2, 0, 0])
        #expect(result.breaches(.marketingMQLCriteria).compactMap(\.lead).sorted() == ["S2", "S3"])
    }
}
