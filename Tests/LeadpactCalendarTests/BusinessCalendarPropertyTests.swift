import Foundation
import LeadpactCalendar
import Testing

/// Algebraic properties of `add` and `elapsed` on random instants (seeded) across calendars
/// with split days, holidays, short days, overnight windows and clock changes.
@Suite struct BusinessCalendarPropertyTests {
    typealias S = CalendarTestSupport

    /// Calendars whose window edges stay clear of the small hours where clocks change, so the
    /// minute-by-minute wall-clock check below applies to them unchanged.
    static let calendars: [BusinessCalendar] = [
        S.northAmerica,
        S.calendar("Europe/Berlin", days: [.sunday, .monday, .tuesday, .wednesday, .thursday], windows: ["22:00-06:00"],
                   holidays: ["2026-10-26": [], "2026-12-25": ["23:00-05:00"], "2027-03-29": []]),
        S.calendar("Australia/Sydney", days: S.weekdays, windows: ["08:30-12:30", "13:15-17:45"],
                   holidays: ["2026-04-06": [], "2026-10-05": [], "2027-01-26": []]),
        S.calendar("Asia/Tokyo", days: Weekday.allCases, windows: ["05:00-24:00"], holidays: ["2027-01-01": []]),
        S.calendar("America/New_York", days: [.saturday, .sunday], windows: ["10:00-14:00"], holidays: ["2026-11-01": []]),
    ].compactMap { $0 }

    /// A random instant in 2026-2027, half of them within four days of a clock change.
    static func instant(_ calendar: BusinessCalendar, using generator: inout SeededGenerator) -> Date {
        let changes = [1_772_953_200, 1_774_746_000, 1_775_404_800, 1_777_100_400, 1_791_561_600, 1_792_980_000, 1_793_512_800]
        let seconds: Int
        if Bool.random(using: &generator), let change = changes.randomElement(using: &generator) {
            seconds = change + Int.random(in: -345_600...345_600, using: &generator)
        } else {
            seconds = Int.random(in: 1_767_225_600..<1_830_297_600, using: &generator)
        }
        return Date(timeIntervalSince1970: Double(seconds))
    }

    static func businessTime(using generator: inout SeededGenerator) -> Int64 {
        Bool.random(using: &generator) ? Int64.random(in: 1...480, using: &generator) * 60 : Int64.random(in: 1...400_000, using: &generator)
    }

    @Test func calendarsCompiled() { #expect(Self.calendars.count == 5) }

    @Test func elapsedUndoesAdd() {
        var generator = SeededGenerator(seed: 1)
        for calendar in Self.calendars {
            for _ in 0..<2000 {
                let start = Self.instant(calendar, using: &generator), work = Self.businessTime(using: &generator)
                let due = calendar.add(.businessTime(seconds: work), to: start)
                #expect(calendar.elapsed(from: start, to: due) == work, "\(calendar.spec.name) \(start) + \(work)")
                if calendar.isOpen(at: start) { #expect(due > start) }
            }
        }
    }

    @Test func addIsMonotoneInStartAndDuration() {
        var generator = SeededGenerator(seed: 2)
        for calendar in Self.calendars {
            for _ in 0..<2000 {
                let a = Self.instant(calendar, using: &generator)
                let b = a.addingTimeInterval(Double(Int.random(in: 0...300_000, using: &generator)))
                let d = Self.businessTime(using: &generator), e = d + Self.businessTime(using: &generator)
                #expect(calendar.add(.businessTime(seconds: d), to: a) <= calendar.add(.businessTime(seconds: d), to: b))
                #expect(calendar.add(.businessTime(seconds: d), to: a) <= calendar.add(.businessTime(seconds: e), to: a))
                let days = Int.random(in: 0...15, using: &generator)
                #expect(calendar.add(.businessDays(days), to: a) <= calendar.add(.businessDays(days), to: b))
                #expect(calendar.add(.businessDays(days), to: a) <= calendar.add(.businessDays(days + 1), to: a))
            }
        }
    }

    @Test func addComposes() {
        var generator = SeededGenerator(seed: 3)
        for calendar in Self.calendars {
            for _ in 0..<2000 {
                let start = Self.instant(calendar, using: &generator)
                let a = Self.businessTime(using: &generator), b = Self.businessTime(using: &generator)
                let whole = calendar.add(.businessTime(seconds: a + b), to: start)
                let stepwise = calendar.add(.businessTime(seconds: b), to: calendar.add(.businessTime(seconds: a), to: start))
                #expect(whole == stepwise, "\(calendar.spec.name) \(start) + \(a) + \(b)")
            }
        }
    }

    @Test func elapsedIsAdditiveOverASplitPoint() {
        var generator = SeededGenerator(seed: 4)
        for calendar in Self.calendars {
            for _ in 0..<2000 {
                let x = Self.instant(calendar, using: &generator)
                let y = x.addingTimeInterval(Double(Int.random(in: 0...400_000, using: &generator)))
                let z = y.addingTimeInterval(Double(Int.random(in: 0...400_000, using: &generator)))
                #expect(calendar.elapsed(from: x, to: z) == calendar.elapsed(from: x, to: y) + calendar.elapsed(from: y, to: z))
                #expect(calendar.elapsed(from: z, to: x) == 0)
            }
        }
    }

    /// Minute by minute against the wall clock read through Foundation's `Calendar`: a minute is
    /// working exactly when its local reading lies in a window of its date (the holiday's
    /// hours on a holiday) or in the after-midnight part of the previous date's overnight window.
    @Test func countsExactlyTheMinutesInsideWindows() throws {
        var generator = SeededGenerator(seed: 5)
        for calendar in Self.calendars {
            var gregorian = Calendar(identifier: .gregorian)
            gregorian.timeZone = calendar.timeZone
            for _ in 0..<12 {
                let start = Date(timeIntervalSince1970: (Self.instant(calendar, using: &generator).timeIntervalSince1970 / 60).rounded(.down) * 60)
                var working: Int64 = 0
                for minute in 0..<(2 * 1440) {
                    let instant = start.addingTimeInterval(Double(minute * 60))
                    let parts = gregorian.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
                    let date = LocalDate(year: try #require(parts.year), month: try #require(parts.month), day: try #require(parts.day))
                    let clock = try #require(parts.hour) * 60 + (try #require(parts.minute))
                    let today = calendar.spec.windows(on: date).contains { !$0.isOvernight ? ($0.start..<$0.end).contains(clock) : clock >= $0.start }
                    let lastNight = calendar.spec.windows(on: date.adding(days: -1)).contains { $0.isOvernight && clock < $0.end }
                    let expected = today || lastNight
                    #expect(calendar.isOpen(at: instant) == expected, "\(calendar.spec.name) at \(instant)")
                    if expected { working += 60 }
                }
                #expect(calendar.elapsed(from: start, to: start.addingTimeInterval(2 * 86_400)) == working)
            }
        }
    }
}
