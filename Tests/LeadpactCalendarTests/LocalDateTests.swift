import LeadpactCalendar
import Testing

@Suite struct LocalDateTests {
    @Test func parsesAndRejectsImpossibleDates() {
        #expect(LocalDate(iso: "2028-02-29") == LocalDate(year: 2028, month: 2, day: 29))
        #expect(LocalDate(iso: "2026-02-29") == nil)
        #expect(LocalDate(iso: "2026-13-01") == nil)
        #expect(LocalDate(iso: "2026-1-01") == nil)
    }

    @Test func roundTripsThroughEpochDays() {
        for offset in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(LocalDate(daysSinceEpoch: offset).daysSinceEpoch == offset)
        }
        #expect(LocalDate(year: 1970, month: 1, day: 1).daysSinceEpoch == 0)
    }

    @Test func knowsWeekdays() {
        #expect(LocalDate(year: 2026, month: 11, day: 23).weekday == .monday)
        #expect(LocalDate(year: 2026, month: 11, day: 26).weekday == .thursday)
        #expect(LocalDate(year: 2024, month: 2, day: 29).weekday == .thursday)
    }
}
