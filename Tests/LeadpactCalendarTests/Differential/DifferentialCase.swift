import Foundation
import LeadpactCalendar

/// One question put to both implementations.
struct DifferentialCase {
    enum Operation {
        /// `add(.businessTime(seconds:), to: start)`.
        case add(seconds: Int64)
        /// `elapsed(from: start, to: end)`.
        case elapsed(end: Int64)
    }

    var calendar: Int
    var start: Int64
    var operation: Operation

    var json: [String: Any] {
        switch operation {
        case .add(let seconds): ["calendar": calendar, "op": "add", "start": start, "seconds": seconds]
        case .elapsed(let end): ["calendar": calendar, "op": "elapsed", "start": start, "end": end]
        }
    }

    /// Our answer: the due instant or the business seconds, in whole seconds.
    func answer(_ calendar: BusinessCalendar) -> Int64 {
        let from = Date(timeIntervalSince1970: Double(start))
        switch operation {
        case .add(let seconds):
            return Int64(calendar.add(.businessTime(seconds: seconds), to: from).timeIntervalSince1970)
        case .elapsed(let end):
            return calendar.elapsed(from: from, to: Date(timeIntervalSince1970: Double(end)))
        }
    }
}

/// The classes of case on which `businesstimedelta` is known to answer differently, each a
/// documented difference in docs/business-time.md.
enum DocumentedDifference: String, CaseIterable {
    /// The start lies inside an overnight window (before or after midnight): the reference
    /// skips the rest of that window and begins at the next day's opening.
    case startInOvernightWindow = "start inside an overnight window"
    /// A window edge falls in a spring-forward gap or a fall-back overlap: the reference reads
    /// the wall time as standard time (pytz `is_dst=False`), we take the first instant the wall
    /// clock shows it.
    case edgeInClockChange = "window edge inside a DST gap or overlap"
    /// A holiday on a day of 23 or 25 hours: the reference closes 24 elapsed hours from midnight.
    case holidayOnClockChangeDay = "holiday on a DST changeover day"

    /// The class `item` belongs to, if any; `lastInstant` is the later of the two answers
    /// (for `add`) or the end (for `elapsed`).
    static func classify(
        _ item: DifferentialCase, calendar: ReferenceCalendar, zone: TimeZone, lastInstant: Int64
    ) -> DocumentedDifference? {
        let firstDay = localDay(item.start, zone) - 1, lastDay = localDay(lastInstant, zone) + 1
        let startDay = localDay(item.start, zone)
        let startMinute = Int((item.start + Int64(zone.secondsFromGMT(for: date(item.start)))) % 86_400 / 60)
        let today = LocalDate(daysSinceEpoch: startDay), previous = LocalDate(daysSinceEpoch: startDay - 1)
        for rule in calendar.overnightRules {
            let inTonightsShift = startMinute >= rule.start && rule.days.contains(today.weekday) && !calendar.holidays.contains(today)
            let inLastNightsShift = startMinute < rule.end && rule.days.contains(previous.weekday) && !calendar.holidays.contains(previous)
            if inTonightsShift || inLastNightsShift { return .startInOvernightWindow }
        }
        for day in firstDay...lastDay {
            for edge in calendar.edges where isMissingOrRepeated(local: Int64(day) * 86_400 + Int64(edge) * 60, zone) {
                return .edgeInClockChange
            }
            if calendar.holidays.contains(LocalDate(daysSinceEpoch: day)), dayLength(day, zone) != 86_400 {
                return .holidayOnClockChangeDay
            }
        }
        return nil
    }

    private static func date(_ seconds: Int64) -> Date { Date(timeIntervalSince1970: Double(seconds)) }

    private static func offset(_ seconds: Int64, _ zone: TimeZone) -> Int64 {
        Int64(zone.secondsFromGMT(for: date(seconds)))
    }

    private static func localDay(_ instant: Int64, _ zone: TimeZone) -> Int {
        let local = instant + offset(instant, zone)
        return Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
    }

    /// Whether a wall-clock reading (seconds, as if UTC) never shows or shows twice.
    private static func isMissingOrRepeated(local: Int64, _ zone: TimeZone) -> Bool {
        let before = offset(local - 86_400, zone), after = offset(local + 86_400, zone)
        guard before != after else { return false }
        let valid = [before, after].filter { offset(local - $0, zone) == $0 }
        return valid.count != 1
    }

    /// Elapsed seconds between the local midnights that open and close `day`.
    private static func dayLength(_ day: Int, _ zone: TimeZone) -> Int64 {
        func midnight(_ day: Int) -> Int64 {
            let local = Int64(day) * 86_400
            return local - offset(local - offset(local, zone), zone)
        }
        return midnight(day + 1) - midnight(day)
    }
}
