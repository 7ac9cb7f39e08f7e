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
}
