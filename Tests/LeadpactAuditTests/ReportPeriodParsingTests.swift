import Foundation
import LeadpactAudit
import Testing

@Suite struct ReportPeriodParsingTests {
    private let clock = ReportClock(timeZone: "America/New_York")

    @Test func isoWeekStartsMondayMidnightInTheContractZone() throws {
        let week = try ReportPeriod.week("2026-W47", timeZone: "America/New_York")
        #expect(clock.format(week.from) == "2026-11-16T00:00:00-05:00")
        #expect(clock.format(week.to) == "2026-11-23T00:00:00-05:00")
        #expect(week.label == "2026-W47")
    }

    @Test func weekOneMayStartInThePreviousYear() throws {
        let week = try ReportPeriod.week("2026-W01", timeZone: "UTC")
        #expect(ReportClock(timeZone: "UTC").format(week.from) == "2025-12-29T00:00:00Z")
    }

    @Test func weekAcrossTheAutumnClockChangeLasts169Hours() throws {
        // 2026-11-01 (Sunday) ends daylight time in New York; week 44 holds it.
        let week = try ReportPeriod.week("2026-W44", timeZone: "America/New_York")
        #expect(week.to.timeIntervalSince(week.from) == 169 * 3600)
        #expect(clock.format(week.from) == "2026-10-26T00:00:00-04:00")
    }

    @Test func monthAndRange() throws {
        let month = try ReportPeriod.month("2026-11", timeZone: "America/New_York")
        #expect(clock.format(month.from) == "2026-11-01T00:00:00-04:00")
        #expect(clock.format(month.to) == "2026-12-01T00:00:00-05:00")
        let range = try ReportPeriod.range(from: "2026-11-02", to: "2026-11-04", timeZone: "America/New_York")
        #expect(range.to.timeIntervalSince(range.from) == 2 * 86_400)
        #expect(range.label == "2026-11-02..2026-11-04")
    }

    @Test(arguments: ["2026-47", "2026-W54", "2026-W00", "26-W01", "2026-Wxx"])
    func rejectsBadWeeks(_ text: String) {
        #expect(throws: ReportPeriodError.self) { try ReportPeriod.week(text, timeZone: "UTC") }
    }

    @Test func rejectsBadMonthsAndRanges() {
        #expect(throws: ReportPeriodError.self) { try ReportPeriod.month("2026-13", timeZone: "UTC") }
        #expect(throws: ReportPeriodError.self) { try ReportPeriod.month("2026-1", timeZone: "UTC") }
        #expect(throws: ReportPeriodError.self) {
            try ReportPeriod.range(from: "2026-11-04", to: "2026-11-04", timeZone: "UTC")
        }
        #expect(throws: ReportPeriodError.self) { try ReportPeriod.week("2026-W10", timeZone: "Mars/Base") }
    }

    @Test func year2026HasFiftyThreeWeeks() throws {
        _ = try ReportPeriod.week("2026-W53", timeZone: "UTC")
        #expect(throws: ReportPeriodError.self) { try ReportPeriod.week("2025-W53", timeZone: "UTC") }
    }

    @Test func quarterRunsFromItsFirstDayToTheNextQuartersInTheContractZone() throws {
        let quarter = try ReportPeriod.quarter("2026-Q4", timeZone: "America/New_York")
        #expect(clock.format(quarter.from) == "2026-10-01T00:00:00-04:00")
        #expect(clock.format(quarter.to) == "2027-01-01T00:00:00-05:00")
        #expect(quarter.label == "2026-Q4")
        let range = try ReportPeriod.range(from: "2026-10-01", to: "2027-01-01", timeZone: "America/New_York")
        #expect((quarter.from, quarter.to) == (range.from, range.to))
        let first = try ReportPeriod.quarter("2027-Q1", timeZone: "America/New_York")
        #expect(first.from == quarter.to)
        #expect(clock.format(first.to) == "2027-04-01T00:00:00-04:00")
    }

    @Test(arguments: ["2026-Q5", "2026-Q0", "2026-Q", "2026-4", "2026Q4", "2026-q4", "26-Q4", "+202-Q1", "2026-Q4x", ""])
    func rejectsBadQuarters(_ text: String) {
        #expect(throws: ReportPeriodError.self) { try ReportPeriod.quarter(text, timeZone: "UTC") }
        do {
            _ = try ReportPeriod.quarter(text, timeZone: "UTC")
        } catch {
            #expect(error.description.contains("2026-Q4"), "\(error)")
        }
    }

    @Test func theTrendBeforeAQuarterIsTheQuartersBeforeIt() throws {
        let quarter = try ReportPeriod.quarter("2026-Q1", timeZone: "America/New_York")
        let earlier = quarter.preceding(3, timeZone: "America/New_York")
        #expect(earlier.map(\.label) == ["2025-Q2", "2025-Q3", "2025-Q4"])
        #expect(earlier.last?.to == quarter.from)
        #expect(clock.format(earlier[0].from) == "2025-04-01T00:00:00-04:00")
    }
}
