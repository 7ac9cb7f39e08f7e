import Foundation
import LeadpactAudit
import LeadpactContract
import LeadpactExpressions
import LeadpactReview
import Testing

/// The sweep reads the threshold from `score >= N` among the mql criteria's top-level
/// conjuncts, and says so when there is none instead of guessing.
@Suite struct ThresholdSweepTests {
    static func condition(_ text: String) throws -> LeadpactExpressions.Expression {
        let header = """
            leadpact: 1
            contract: { id: t, title: T, version: 1.0.0, timezone: UTC, parties: { marketing: M <m@x.example>, sales: S <s@x.example> } }
            fields: { company_size: int }
            activities: [webinar]
            scoring: { explicit: [{ if: "company_size > 5", points: 200 }], implicit: [{ activity: webinar, points: 100, max: 1 }] }
            stages: { mql: { when: "\(text)" } }

            """
        let compiled = ContractCompiler.compile(text: header, path: "t.sla.yaml")
        return try #require(compiled.contract?.stages.mql?.when, "\(compiled.diagnostics)")
    }

    @Test func theThresholdIsTheScoreComparison() throws {
        let split = try #require(MQLScoreThreshold(Self.condition("company_size > 5 and score >= 80 and count(webinar) >= 1")))
        #expect(split.threshold == 80)
        #expect(split.rest?.sourceText == "company_size > 5 and count(webinar) >= 1")
        let alone = try #require(MQLScoreThreshold(Self.condition("score >= 12.5")))
        #expect(alone.threshold == 12.5 && alone.rest == nil)
    }

    @Test(arguments: ["score > 80", "score >= 80 or company_size > 5", "implicit_score >= 80", "company_size >= 80"])
    func otherConditionsHaveNoThreshold(_ text: String) throws {
        #expect(try MQLScoreThreshold(Self.condition(text)) == nil)
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func aContractWithoutScoringHasNoBandsAndNoSweep() throws {
        let contract = try #require(ContractCompiler.compile(path: Self.root.appendingPathComponent("contracts/minimal.sla.yaml").path).contract)
        let period = try ReportPeriod.week("2026-W47", timeZone: contract.metadata.timeZone)
        let review = try Reviewer.review(
            contract: contract, digest: "", eventFiles: [Self.root.appendingPathComponent("fixtures/acme-global-12w.jsonl").path], period: period)
        #expect(review.feedback.handoffs.handoffs > 0)
        #expect(review.feedback.bands.isEmpty && review.feedback.sweep.points.isEmpty)
        #expect(review.feedback.sweep.note?.contains("no stages.mql") == true)
        let text = ReviewTextRenderer.render(review)
        #expect(text.contains("the contract has no scoring model") && text.contains("The contract names no review metrics."))
    }

    @Test func aReviewWithoutAThresholdSaysWhy() throws {
        let root = Self.root
        var contract = try #require(ContractCompiler.compile(path: root.appendingPathComponent("contracts/acme-global.sla.yaml").path).contract)
        contract.stages.mql?.when = try Self.condition("score > 100")
        let period = try ReportPeriod.week("2026-W47", timeZone: contract.metadata.timeZone)
        let review = try Reviewer.review(
            contract: contract, digest: "", eventFiles: [root.appendingPathComponent("fixtures/acme-global-12w.jsonl").path], period: period)
        #expect(review.feedback.sweep.points.isEmpty && review.feedback.sweep.threshold == nil)
        #expect(review.feedback.sweep.note?.contains("no top-level `score >= N`") == true)
        #expect(ReviewTextRenderer.render(review).contains("no top-level `score >= N`"))
    }

    /// Scores past any sensible range (rules worth `Int.max` points) give bands at the edge of
    /// what `Int` holds, never a trap or an empty JSON, whatever the band width.
    @Test func hugeScoresStayInRange() throws {
        let root = Self.root
        var contract = try #require(ContractCompiler.compile(path: root.appendingPathComponent("contracts/acme-global.sla.yaml").path).contract)
        for index in contract.scoring?.explicit.indices ?? [].indices { contract.scoring?.explicit[index].points = Int.max }
        let period = try ReportPeriod.week("2026-W47", timeZone: contract.metadata.timeZone)
        for width in [1, 25, Int.max] {
            let review = try Reviewer.review(
                contract: contract, digest: "", eventFiles: [root.appendingPathComponent("fixtures/acme-global-12w.jsonl").path],
                period: period, options: ReviewOptions(bandWidth: width))
            #expect(!review.feedback.bands.isEmpty)
            #expect(review.feedback.bands.allSatisfy { !$0.label.isEmpty })
            #expect(ReviewJSONRenderer.render(review).count > 100)
        }
    }
}
