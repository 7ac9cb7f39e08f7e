/// One calendar's working time over a range of local days, as absolute instants with
/// running totals, so that business-time questions are binary searches.
///
/// Immutable once built; `BusinessCalendar` swaps in a wider table when a question needs
/// days outside this one. Instants are milliseconds since 1970-01-01T00:00Z.
final class WorkingTimeTable: Sendable {
    /// First local day (days since 1970-01-01) whose windows are included.
    let firstDay: Int
    /// The local day after the last one included.
    let endDay: Int
    /// Instants in `[validFrom, validTo]` are fully described by this table.
    let validFrom: Int64
    /// See `validFrom`.
    let validTo: Int64
    /// The zone's offsets over the table's span.
    let zone: ZoneOffsetTable
    /// Starts of the working intervals (overlapping or touching windows merged), ascending.
    let starts: [Int64]
    /// Ends of the working intervals.
    let ends: [Int64]
    /// Working milliseconds before each interval; one more entry than `starts` (the total).
    let before: [Int64]
    /// The working days (local days with working time), ascending.
    let workingDays: [Int]
    /// The last closing of each working day (the latest end among the windows it opens).
    let lastClosings: [Int64]

    /// Builds the table for local days `firstDay..<endDay` of `spec`.
    init(spec: CalendarSpec, zone: ZoneOffsetTable, firstDay: Int, endDay: Int) {
        self.firstDay = firstDay
        self.endDay = endDay
        self.zone = zone
        self.validFrom = zone.instant(atLocal: Int64(firstDay + 1) * Self.day)
        self.validTo = zone.instant(atLocal: Int64(endDay) * Self.day)

        var raw: [(start: Int64, end: Int64)] = []
        var workingDays: [Int] = []
        var lastClosings: [Int64] = []
        for day in firstDay..<endDay {
            let midnight = Int64(day) * Self.day
            var lastClosing: Int64?
            for window in spec.windows(on: LocalDate(daysSinceEpoch: day)) {
                let open = midnight + Int64(window.start) * Self.minute
                let close = midnight + Int64(window.isOvernight ? window.end + 1440 : window.end) * Self.minute
                let start = zone.instant(atLocal: open), end = zone.instant(atLocal: close)
                guard end > start else { continue }
                raw.append((start, end))
                lastClosing = max(lastClosing ?? end, end)
            }
            if let lastClosing {
                workingDays.append(day)
                lastClosings.append(lastClosing)
            }
        }
        raw.sort { $0.start < $1.start }

        var starts: [Int64] = [], ends: [Int64] = [], before: [Int64] = [0]
        starts.reserveCapacity(raw.count)
        ends.reserveCapacity(raw.count)
        for interval in raw {
            if let lastEnd = ends.last, interval.start <= lastEnd {
                ends[ends.count - 1] = max(lastEnd, interval.end)
            } else {
                starts.append(interval.start)
                ends.append(interval.end)
            }
        }
        before.reserveCapacity(starts.count + 1)
        for index in starts.indices {
            before.append(before[index] + ends[index] - starts[index])
        }
        self.starts = starts
        self.ends = ends
        self.before = before
        self.workingDays = workingDays
        self.lastClosings = lastClosings
    }

    /// Milliseconds in a day and in a minute.
    static let day: Int64 = 86_400_000
    static let minute: Int64 = 60_000

    /// Whether the table answers questions about `instant`.
    func covers(_ instant: Int64) -> Bool { instant >= validFrom && instant <= validTo }

    /// How many intervals start at or before `instant`.
    func intervalsStarting(atOrBefore instant: Int64) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let mid = (low + high) >> 1
            if starts[mid] <= instant { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Working milliseconds from the table's beginning up to `instant` (exclusive).
    func workBefore(_ instant: Int64) -> Int64 {
        let count = intervalsStarting(atOrBefore: instant)
        guard count > 0 else { return 0 }
        let index = count - 1
        return instant < ends[index] ? before[index] + instant - starts[index] : before[count]
    }

    /// The earliest instant by which `total` (> 0) working milliseconds, counted from the
    /// table's beginning, have passed; nil when the table holds less work than that.
    func instant(afterWork total: Int64) -> Int64? {
        guard total > 0, let last = before.last, total <= last else { return nil }
        // The first interval whose end brings the running total to `total`.
        var low = 1, high = before.count - 1
        while low < high {
            let mid = (low + high) >> 1
            if before[mid] >= total { high = mid } else { low = mid + 1 }
        }
        let index = low - 1
        return starts[index] + (total - before[index])
    }

    /// Whether `instant` lies inside a working interval.
    func isOpen(at instant: Int64) -> Bool {
        let count = intervalsStarting(atOrBefore: instant)
        return count > 0 && instant < ends[count - 1]
    }

    /// The index of the first working day on or after local day `day`.
    func firstWorkingDay(onOrAfter day: Int) -> Int {
        var low = 0, high = workingDays.count
        while low < high {
            let mid = (low + high) >> 1
            if workingDays[mid] < day { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
