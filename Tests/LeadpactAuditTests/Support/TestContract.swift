import Foundation
import LeadpactCalendar
import LeadpactContract
import LeadpactExpressions

/// Small contracts built in code for unit tests (scenario tests compile YAML instead).
enum TestContract {
    /// The brief's example, cut down: New York hours Mon–Fri 09:00–17:00, score ≥ 100 for an mql.
    static func make(
        sales: SalesCommitments? = defaultSales, marketing: MarketingCommitments? = nil,
        mql: MQLStage? = nil, sql: SQLStage? = nil, scoring: ScoringModel? = nil,
        effective: LocalDate? = nil, expires: LocalDate? = nil
    ) -> Contract {
        let weekday = [TimeWindow(start: 9 * 60, end: 17 * 60)]
        let hours = Dictionary(uniqueKeysWithValues: [Weekday.monday, .tuesday, .wednesday, .thursday, .friday].map { ($0, weekday) })
        return Contract(
            formatVersion: 1,
            metadata: ContractMetadata(
                id: "test", title: "Test", version: SemanticVersion(major: 1, minor: 0, patch: 0),
                effective: effective, expires: expires, timeZone: "America/New_York",
                parties: [.marketing: "M <m@x>", .sales: "S <s@x>"], review: nil),
            calendars: ["na": CalendarSpec(name: "na", timeZone: "America/New_York", weekly: hours)],
            fields: [
                "seniority": .enumeration(["ic", "manager", "director", "vp"]), "company_size": .int,
                "authority": .bool, "title": .string, "revenue": .number, "region": .enumeration(["na", "emea"]),
            ],
            activities: ["page_view", "pricing_view", "demo_request"],
            scoring: scoring, stages: Stages(mql: mql, sql: sql), marketing: marketing, sales: sales)
    }

    static let defaultSales = SalesCommitments(
        calendar: .single("na"), acceptWithin: .wallClock(seconds: 1800), firstTouchWithin: .wallClock(seconds: 3600),
        expedite: [], sequence: nil, reasons: ["no_budget", "no_response"])
}

/// A temporary directory holding event files for one test.
struct TemporaryFiles {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("leadpact-audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// Writes `text` to `name` and returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}
