import Foundation
import LeadpactAudit
import LeadpactCalendar
import Testing

@Suite struct ReportPeriodTrendTests {
    // 2026 has 53 ISO weeks (it starts on a Thursday).
    @Test func weeksBeforeAWeekCrossTheYearAndDST() throws {
        let week = try ReportPeriod.week("2027-W02", timeZone: "America/New_York")
        let earlier = week.preceding(8, timeZone: "America/New_York")
        #expect(earlier.map(\.label) == ["2026-W47", "2026-W48", "2026-W49", "2026-W50", "2026-W51", "2026-W52", "2026-W53", "2027-W01"])
        #expect(earlier.last?.to == week.from)
        let w45 = try ReportPeriod.week("2026-W45", timeZone: "America/New_York")
        let before = w45.preceding(1, timeZone: "America/New_York")
        // Week 44 holds the end of DST (November 1): 169 hours long.
        #expect(before.first?.label == "2026-W44")
        let length = try #require(before.first).to.timeIntervalSince(try #require(before.first).from)
        #expect(Int(length) == 169 * 3_600)
    }

    @Test func monthsBeforeAMonth() throws {
        let month = try ReportPeriod.month("2026-02", timeZone: "Europe/Berlin")
        #expect(month.preceding(3, timeZone: "Europe/Berlin").map(\.label) == ["2025-11", "2025-12", "2026-01"])
    }

    @Test func monthsBeforeKeepTheDayClampedToTheMonth() {
        #expect(ReportPeriod.monthsBefore(LocalDate(year: 2026, month: 3, day: 31), 1) == LocalDate(year: 2026, month: 2, day: 28))
        #expect(ReportPeriod.monthsBefore(LocalDate(year: 2026, month: 1, day: 15), 3) == LocalDate(year: 2025, month: 10, day: 15))
        #expect(ReportPeriod.monthsBefore(LocalDate(year: 2026, month: 5, day: 31), 3) == LocalDate(year: 2026, month: 2, day: 28))
    }

    /// A label steps back by quarters only when `--quarter` would accept it.
    @Test func onlyAQuarterAsWrittenForQuarterStepsBackByQuarters() throws {
        let quarter = try ReportPeriod.quarter("2026-Q4", timeZone: "UTC")
        #expect(quarter.preceding(1, timeZone: "UTC").map(\.label) == ["2026-Q3"])
        for label in ["+026-Q4", "2026--Q4"] {
            let period = ReportPeriod(from: quarter.from, to: quarter.to, label: label)
            #expect(period.preceding(1, timeZone: "UTC").map(\.label) == ["2026-07-01..2026-10-01"], "\(label)")
        }
    }

    @Test func rangesStepBackByTheirLength() throws {
        let range = try ReportPeriod.range(from: "2026-11-10", to: "2026-11-13", timeZone: "UTC")
        #expect(range.preceding(2, timeZone: "UTC").map(\.label) == ["2026-11-04..2026-11-07", "2026-11-07..2026-11-10"])
        #expect(range.preceding(0, timeZone: "UTC").isEmpty)
    }
}
