import Foundation
import LeadpactCalendar

/// A calendar in the shapes `businesstimedelta` can express (WorkDayRule, LunchTimeRule,
/// HolidayRule), with its translation into our `CalendarSpec` and the JSON the reference
/// script reads.
struct ReferenceCalendar {
    /// One WorkDayRule or LunchTimeRule: minutes after midnight and the weekdays it applies to.
    struct Rule {
        var isLunch: Bool
        var start: Int
        var end: Int
        var days: [Weekday]
    }

    var zone: String
    var rules: [Rule]
    var holidays: Set<LocalDate>

    /// The same calendar as a contract would state it: lunch breaks split the day's window.
    var spec: CalendarSpec {
        var weekly: [Weekday: [TimeWindow]] = [:]
        for rule in rules where !rule.isLunch {
            for day in rule.days { weekly[day, default: []].append(TimeWindow(start: rule.start, end: rule.end)) }
        }
        for lunch in rules where lunch.isLunch {
            for day in lunch.days {
                weekly[day] = (weekly[day] ?? []).flatMap { window -> [TimeWindow] in
                    guard !window.isOvernight, window.start < lunch.start, lunch.end < window.end else { return [window] }
                    return [TimeWindow(start: window.start, end: lunch.start), TimeWindow(start: lunch.end, end: window.end)]
                }
            }
        }
        for day in weekly.keys { weekly[day]?.sort() }
        let closed = Dictionary(uniqueKeysWithValues: holidays.map { ($0, [TimeWindow]()) })
        return CalendarSpec(name: "reference", timeZone: zone, weekly: weekly, holidays: closed)
    }

    /// The calendar as `reference.py` reads it.
    var json: [String: Any] {
        [
            "zone": zone,
            "rules": rules.map { rule in
                [
                    "kind": rule.isLunch ? "lunch" : "work",
                    "start": TimeWindow.clock(rule.start), "end": TimeWindow.clock(rule.end),
                    "days": rule.days.map { $0.rawValue - 1 },
                ] as [String: Any]
            },
            "holidays": holidays.sorted().map(\.description),
        ]
    }

    /// Every clock time at which some rule opens or closes.
    var edges: [Int] { rules.flatMap { [$0.start, $0.end] } }

    /// The overnight work rules (end before start).
    var overnightRules: [Rule] { rules.filter { !$0.isLunch && $0.end < $0.start } }

    /// A random calendar of one of the supported shapes.
    static func random(zone: String, using generator: inout SeededGenerator) -> ReferenceCalendar {
        let weekdays: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday]
        func pick(_ range: ClosedRange<Int>, step: Int = 15) -> Int {
            Int.random(in: (range.lowerBound / step)...(range.upperBound / step), using: &generator) * step
        }
        var rules: [Rule] = []
        switch Int.random(in: 0..<6, using: &generator) {
        case 0:  // one window on weekdays, sometimes at odd minutes
            let step = Bool.random(using: &generator) ? 15 : 1
            rules = [Rule(isLunch: false, start: pick(360...630, step: step), end: pick(900...1200, step: step), days: weekdays)]
        case 1:  // split day
            let lunch = pick(660...810)
            rules = [
                Rule(isLunch: false, start: pick(420...600), end: pick(900...1140), days: weekdays),
                Rule(isLunch: true, start: lunch, end: lunch + pick(15...90), days: weekdays),
            ]
        case 2:  // a different Friday
            rules = [
                Rule(isLunch: false, start: pick(420...600), end: pick(960...1140), days: [.monday, .tuesday, .wednesday, .thursday]),
                Rule(isLunch: false, start: pick(420...600), end: pick(720...960), days: [.friday]),
            ]
        case 3:  // night shifts
            let days = Weekday.allCases.filter { _ in Int.random(in: 0..<10, using: &generator) < 6 }
            rules = [Rule(isLunch: false, start: pick(1080...1350), end: pick(240...480), days: days.isEmpty ? [.monday] : days)]
        case 4:  // weekdays plus a Saturday (and maybe Sunday) morning
            rules = [
                Rule(isLunch: false, start: pick(420...600), end: pick(960...1140), days: weekdays),
                Rule(isLunch: false, start: pick(540...660), end: pick(720...900), days: Bool.random(using: &generator) ? [.saturday] : [.saturday, .sunday]),
            ]
        default:  // windows with an edge in the small hours, where clocks change
            let days = Bool.random(using: &generator) ? Weekday.allCases : [.saturday, .sunday, .monday]
            if Bool.random(using: &generator) {
                rules = [Rule(isLunch: false, start: pick(15...225), end: pick(480...1080), days: days)]
            } else {
                rules = [Rule(isLunch: false, start: pick(1200...1380), end: pick(60...225), days: days)]
            }
        }
        var holidays: Set<LocalDate> = []
        if Int.random(in: 0..<5, using: &generator) > 0 {
            let first = LocalDate(year: 2025, month: 6, day: 1).daysSinceEpoch
            let last = LocalDate(year: 2030, month: 12, day: 31).daysSinceEpoch
            for _ in 0..<90 { holidays.insert(LocalDate(daysSinceEpoch: Int.random(in: first...last, using: &generator))) }
        }
        return ReferenceCalendar(zone: zone, rules: rules, holidays: holidays)
    }
}
