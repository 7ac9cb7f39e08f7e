// Measures business-time arithmetic: `add` and `elapsed` operations per second on one core,
// over a realistic mix of calendars (split days, holidays, a short day, an overnight shift),
// durations (minutes, hours, days) and instants spread over 2026-2027.
//
//     swift run -c release calendar-bench
//
// The rate is per second of this thread's CPU time (so a busy machine does not halve it);
// the wall-clock rate is printed beside it.

import Foundation
import LeadpactCalendar
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Deterministic inputs (SplitMix64), so runs are comparable.
struct Inputs: RandomNumberGenerator {
    var state: UInt64 = 0x5EED_CA1E_2026
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

func window(_ start: Int, _ end: Int) -> TimeWindow { TimeWindow(start: start * 60, end: end * 60) }

let weekdays: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday]
let specs = [
    CalendarSpec(
        name: "na", timeZone: "America/New_York",
        weekly: [.monday: [TimeWindow(start: 540, end: 1050)], .tuesday: [TimeWindow(start: 540, end: 1050)],
                 .wednesday: [TimeWindow(start: 540, end: 1050)], .thursday: [TimeWindow(start: 540, end: 1050)],
                 .friday: [window(9, 12), window(13, 16)]],
        holidays: [LocalDate(year: 2026, month: 11, day: 26): [], LocalDate(year: 2026, month: 12, day: 24): [window(9, 12)],
                   LocalDate(year: 2027, month: 1, day: 1): [], LocalDate(year: 2027, month: 7, day: 5): []]
    ),
    CalendarSpec(
        name: "emea", timeZone: "Europe/Berlin",
        weekly: Dictionary(uniqueKeysWithValues: weekdays.map { ($0, [TimeWindow(start: 510, end: 1020)]) }),
        holidays: [LocalDate(year: 2026, month: 12, day: 25): [], LocalDate(year: 2026, month: 12, day: 26): []]
    ),
    CalendarSpec(
        name: "apac-nights", timeZone: "Australia/Sydney",
        weekly: Dictionary(uniqueKeysWithValues: [Weekday.sunday, .monday, .tuesday, .wednesday, .thursday].map { ($0, [window(22, 6)]) })
    ),
]

var generator = Inputs()
let calendars = specs.compactMap { try? BusinessCalendar(spec: $0) }
guard calendars.count == specs.count else { fatalError("a benchmark calendar did not compile") }

let count = 2_000_000
let first = 1_767_225_600.0, span = 63_072_000.0  // 2026-01-01, two years
var starts: [Date] = [], ends: [Date] = [], durations: [SLADuration] = [], which: [Int] = []
starts.reserveCapacity(count)
for _ in 0..<count {
    let start = first + Double.random(in: 0..<span, using: &generator).rounded()
    starts.append(Date(timeIntervalSince1970: start))
    ends.append(Date(timeIntervalSince1970: start + Double(Int.random(in: 0...(21 * 86_400), using: &generator))))
    switch Int.random(in: 0..<10, using: &generator) {
    case 0..<4: durations.append(.businessTime(seconds: Int64(Int.random(in: 1...12, using: &generator)) * 300))
    case 4..<8: durations.append(.businessTime(seconds: Int64(Int.random(in: 1...16, using: &generator)) * 3600))
    default: durations.append(.businessDays(Int.random(in: 1...10, using: &generator)))
    }
    which.append(Int.random(in: 0..<calendars.count, using: &generator))
}

// Warm up: build every calendar's tables for the years in use.
for index in 0..<10_000 {
    _ = calendars[which[index]].add(durations[index], to: starts[index])
    _ = calendars[which[index]].elapsed(from: starts[index], to: ends[index])
}

/// Seconds of CPU time this thread has used.
func threadCPUSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

func measure(_ label: String, _ body: (Int) -> Double) {
    let clock = ContinuousClock()
    var checksum = 0.0
    let cpuBefore = threadCPUSeconds()
    let elapsed = clock.measure {
        for index in 0..<count { checksum += body(index) }
    }
    let cpu = threadCPUSeconds() - cpuBefore
    let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    func rate(_ seconds: Double) -> String { String(format: "%.2f", Double(count) / seconds / 1e6) }
    print("\(label): \(count) operations, \(rate(cpu)) million/s of CPU time (\(String(format: "%.3f", cpu)) s); wall clock \(rate(wall)) million/s (checksum \(Int64(checksum) % 1000))")
}

measure("add    ") { index in calendars[which[index]].add(durations[index], to: starts[index]).timeIntervalSince1970 }
measure("elapsed") { index in Double(calendars[which[index]].elapsed(from: starts[index], to: ends[index])) }
measure("mixed  ") { index in
    index & 1 == 0
        ? calendars[which[index]].add(durations[index], to: starts[index]).timeIntervalSince1970
        : Double(calendars[which[index]].elapsed(from: starts[index], to: ends[index]))
}
