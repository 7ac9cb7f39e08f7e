import Foundation
import LeadpactAudit
import LeadpactContract
import LeadpactReview
import Testing

/// Checks the review's figures against `reference.py`, which generates a contract and an
/// event log from a seed and counts the expected figures from the stories it generated:
/// handoffs, SQLs and wins per score band, source, explicit rule and implicit activity; end
/// reasons per source with those lacking a valid reason; the threshold sweep; and the
/// per-period metrics.
@Suite struct ReviewDifferentialTests {
    static let python = ProcessInfo.processInfo.environment["LEADPACT_PYTHON"].flatMap { $0.isEmpty ? nil : $0 }
    static let required = ProcessInfo.processInfo.environment["LEADPACT_REQUIRE_EXTERNAL_TOOLS"] == "1"

    @Test(.enabled(if: required)) func referenceToolIsInstalled() {
        #expect(Self.python.map { FileManager.default.isExecutableFile(atPath: $0) } == true,
                "LEADPACT_REQUIRE_EXTERNAL_TOOLS=1 but LEADPACT_PYTHON is not an executable")
    }

    @Test(.enabled(if: python != nil), arguments: [7, 2026])
    func agreesWithTheReference(seed: Int) throws {
        let (directory, expected) = try Self.runReference(seed: seed)
        defer { try? FileManager.default.removeItem(at: directory) }
        let contract = try #require(ContractCompiler.compile(path: directory.appendingPathComponent("contract.sla.yaml").path).contract)
        let period = try ReportPeriod.range(from: "2026-03-02", to: "2026-03-16", timeZone: "UTC")
        let review = try Reviewer.review(
            contract: contract, digest: "", eventFiles: [directory.appendingPathComponent("events.jsonl").path], period: period)
        #expect(review.input.badLines == 0)
        let loop = review.feedback

        #expect(Self.counts(loop.handoffs) == expected.ints("handoffs"))
        #expect(Dictionary(uniqueKeysWithValues: loop.bands.map { ($0.label, Self.counts($0)) }) == expected.table("bands"))
        #expect(loop.bands.allSatisfy { $0.isThin == ($0.handoffs < 20) })
        #expect(loop.bands.contains(where: \.isThin) && loop.bands.contains { !$0.isThin })
        #expect(Dictionary(uniqueKeysWithValues: loop.sources.map { ($0.label, Self.counts($0)) }) == expected.table("sources"))

        let explicit = try #require(expected.json["explicit"] as? [[[Int]]])
        #expect(loop.explicitRules.map { [Self.counts($0.with), Self.counts($0.without)] } == explicit)
        #expect(loop.explicitRules.map(\.label) == ["seniority in [director]", "company_size >= 100"])
        let activities = try #require(expected.json["activities"] as? [String: [[Int]]])
        #expect(loop.activities.map(\.label) == ["pricing_view", "webinar", "demo_request"])
        for split in loop.activities {
            #expect([Self.counts(split.with), Self.counts(split.without)] == activities[split.label], "\(split.label)")
        }

        let reasons = try #require(expected.json["reasons"] as? [String: [String: Any]])
        #expect(Set(loop.reasons.map(\.source)) == Set(reasons.keys))
        for source in loop.reasons {
            let row = try #require(reasons[source.source])
            #expect(source.ended == row["ended"] as? Int, "\(source.source)")
            #expect(source.withoutValidReason == row["invalid"] as? Int, "\(source.source)")
            let tallies = Dictionary(uniqueKeysWithValues: source.tallies.map { ("\($0.end.rawValue)/\($0.reason ?? "")", $0.count) })
            #expect(tallies == row["tallies"] as? [String: Int], "\(source.source)")
        }

        let sweep = try #require(expected.json["sweep"] as? [[Double]])
        #expect(loop.sweep.threshold == 60)
        #expect(loop.sweep.points.map { [$0.threshold, Double($0.qualified.handoffs), Double($0.qualified.sqls), Double($0.qualified.won)] } == sweep)
        #expect(loop.sweep.points.filter(\.isCurrent).map(\.threshold) == [60])

        let metrics = try #require(expected.json["metrics"] as? [[Int]])
        #expect(review.periods.dropLast().map(\.label) == ["2026-01-19..2026-02-02", "2026-02-02..2026-02-16", "2026-02-16..2026-03-02"])
        #expect(review.periods.count == 4 && review.periods.last == period)
        #expect(review.metrics.map(\.name) == ["mql_volume", "mql_to_sql"])
        #expect(review.metrics[0].cells.map { Int($0.value ?? -1) } == metrics.map { $0[0] })
        #expect(review.metrics[1].cells.map(\.basis) == metrics.map { $0[0] })
        #expect(review.metrics[1].cells.map(\.value) == metrics.map { Double($0[1]) / Double($0[0]) })
    }

    static func counts(_ group: OutcomeRate) -> [Int] { [group.handoffs, group.sqls, group.won] }

    /// Runs `reference.py` for `seed` in a new directory; returns the directory and its expected figures.
    static func runReference(seed: Int) throws -> (URL, Expected) {
        let python = try #require(python)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("leadpact-review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("reference.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script.path, String(seed), directory.path]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "reference.py failed")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("expected.json")))
        return (directory, Expected(json: try #require(json as? [String: Any])))
    }

    /// The reference's figures.
    struct Expected {
        let json: [String: Any]

        func ints(_ key: String) -> [Int]? { json[key] as? [Int] }
        func table(_ key: String) -> [String: [Int]]? { json[key] as? [String: [Int]] }
    }
}
