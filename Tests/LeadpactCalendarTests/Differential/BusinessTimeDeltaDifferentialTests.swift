import Foundation
import LeadpactCalendar
import Testing

/// Compares the engine with the PyPI package `businesstimedelta` on random calendars and
/// instants (see `reference.py`). The weeks around the 2026 and 2027 clock changes are
/// over-sampled. Cases in a documented-difference class are excluded and counted.
///
/// Last recorded run: 12 160 cases over 4 zones (America/New_York, Europe/Berlin,
/// Australia/Sydney, Asia/Tokyo) and 64 calendars; 11 507 compared, 0 mismatches; excluded
/// 455 starts inside an overnight window (all 455 answered differently), 67 with a window
/// edge in a DST gap or overlap (17 differently), 131 touching a holiday on a DST changeover
/// day (none differently in this sample). The summary line prints the same split.
@Suite struct BusinessTimeDeltaDifferentialTests {
    static let python = ProcessInfo.processInfo.environment["LEADPACT_PYTHON"].flatMap { $0.isEmpty ? nil : $0 }
    static let required = ProcessInfo.processInfo.environment["LEADPACT_REQUIRE_EXTERNAL_TOOLS"] == "1"
    static let zones = ["America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Tokyo"]

    @Test(.enabled(if: required)) func referenceToolIsInstalled() {
        #expect(Self.python.map { FileManager.default.isExecutableFile(atPath: $0) } == true,
                "LEADPACT_REQUIRE_EXTERNAL_TOOLS=1 but LEADPACT_PYTHON is not an executable")
    }

    @Test(.enabled(if: python != nil)) func agreesWithBusinessTimeDelta() throws {
        let python = try #require(Self.python)
        var generator = SeededGenerator(seed: 0x1EAD_FAC7_2026)
        var references: [ReferenceCalendar] = [], calendars: [BusinessCalendar] = [], zoneOf: [TimeZone] = []
        var cases: [DifferentialCase] = []
        for name in Self.zones {
            let zone = try #require(TimeZone(identifier: name))
            let changes = Self.clockChanges(in: zone)
            for _ in 0..<16 {
                let reference = ReferenceCalendar.random(zone: name, using: &generator)
                references.append(reference)
                calendars.append(try BusinessCalendar(spec: reference.spec))
                zoneOf.append(zone)
                for _ in 0..<190 {
                    cases.append(Self.randomCase(calendar: references.count - 1, changes: changes, using: &generator))
                }
            }
        }

        let answers = try Self.runReference(python: python, calendars: references, cases: cases)
        try #require(answers.count == cases.count)

        var compared = 0, excluded: [DocumentedDifference: Int] = [:], excludedDisagreeing: [DocumentedDifference: Int] = [:]
        var mismatches: [String] = []
        for (index, item) in cases.enumerated() {
            let ours = item.answer(calendars[item.calendar]), theirs = answers[index]
            let last: Int64
            switch item.operation {
            case .add: last = max(ours, theirs)
            case .elapsed(let end): last = end
            }
            if let difference = DocumentedDifference.classify(
                item, calendar: references[item.calendar], zone: zoneOf[item.calendar], lastInstant: last
            ) {
                excluded[difference, default: 0] += 1
                if ours != theirs { excludedDisagreeing[difference, default: 0] += 1 }
                continue
            }
            compared += 1
            if ours != theirs {
                mismatches.append("case \(index) \(item.json) on calendar \(item.calendar) \(references[item.calendar].rules): ours \(ours), businesstimedelta \(theirs)")
            }
        }
        let split = DocumentedDifference.allCases.map {
            "\(excluded[$0, default: 0]) \($0.rawValue) (\(excludedDisagreeing[$0, default: 0]) answered differently)"
        }.joined(separator: ", ")
        print("differential vs businesstimedelta: \(cases.count) cases, \(Self.zones.count) zones, \(references.count) calendars; compared \(compared), excluded \(split); mismatches \(mismatches.count)")
        for mismatch in mismatches.prefix(10) { print(mismatch) }
        #expect(mismatches.count == 0, "see the mismatches printed above")
        #expect(compared >= 10_000)
    }

    /// The clock changes of 2026 and 2027 in `zone`, in epoch seconds.
    static func clockChanges(in zone: TimeZone) -> [Int64] {
        var changes: [Int64] = []
        var cursor = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next.timeIntervalSince1970 < 1_830_297_600 {
            changes.append(Int64(next.timeIntervalSince1970))
            cursor = next
        }
        return changes
    }

    static func randomCase(calendar: Int, changes: [Int64], using generator: inout SeededGenerator) -> DifferentialCase {
        let start: Int64
        if !changes.isEmpty, Bool.random(using: &generator), let change = changes.randomElement(using: &generator) {
            start = change + Int64.random(in: -4 * 86_400...4 * 86_400, using: &generator)
        } else {
            start = Int64.random(in: 1_767_225_600..<1_830_297_600, using: &generator)
        }
        if Int.random(in: 0..<10, using: &generator) < 6 {
            let seconds: Int64
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: seconds = Int64.random(in: 1...240, using: &generator) * 60
            case 1: seconds = Int64.random(in: 1...60, using: &generator) * 3600
            default: seconds = Int64.random(in: 1...200_000, using: &generator)
            }
            return DifferentialCase(calendar: calendar, start: start, operation: .add(seconds: seconds))
        }
        let span = Bool.random(using: &generator) ? Int64.random(in: 0...86_400, using: &generator)
            : Int64.random(in: 0...14 * 86_400, using: &generator)
        return DifferentialCase(calendar: calendar, start: start, operation: .elapsed(end: start + span))
    }

    /// Runs `reference.py` once over every case.
    static func runReference(python: String, calendars: [ReferenceCalendar], cases: [DifferentialCase]) throws -> [Int64] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("leadpact-differential-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("cases.json"), output = directory.appendingPathComponent("answers.json")
        let request: [String: Any] = ["calendars": calendars.map(\.json), "cases": cases.map(\.json)]
        try JSONSerialization.data(withJSONObject: request).write(to: input)

        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("reference.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script.path, input.path, output.path]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "reference.py failed")
        let answers = try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [NSNumber]
        return try #require(answers).map(\.int64Value)
    }
}
