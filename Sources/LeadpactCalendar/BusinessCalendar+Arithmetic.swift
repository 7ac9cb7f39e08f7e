public import Foundation

extension BusinessCalendar {
    /// Business seconds in `[from, to)` (whole seconds, rounded down); 0 when `to <= from`.
    public func elapsed(from: Date, to: Date) -> Int64 {
        let start = Self.clamp(Self.milliseconds(from)), end = Self.clamp(Self.milliseconds(to))
        guard end > start else { return 0 }
        let table = table(covering: start, through: end)
        return (table.workBefore(end) - table.workBefore(start)) / 1000
    }

    /// The due instant for `duration` counted from `start`.
    ///
    /// Wall-clock durations are added as exact seconds. Business time is the earliest instant
    /// at which that much working time has passed since `start` (zero or less: `start`
    /// itself). Business days: day 0 is the start's local date if the start is before that
    /// day's last closing, else the next working day; the due is the last closing of the Nth
    /// working day after day 0 (a negative count counts as 0). `Date.distantFuture` when the
    /// due lies beyond the supported range.
    public func add(_ duration: SLADuration, to start: Date) -> Date {
        switch duration {
        case .wallClock(let seconds):
            return start.addingTimeInterval(Double(seconds))
        case .businessTime(let seconds):
            guard seconds > 0 else { return start }
            let (work, overflow) = seconds.multipliedReportingOverflow(by: 1000)
            guard !overflow, let due = instant(afterWork: work, from: Self.milliseconds(start)) else {
                return .distantFuture
            }
            return Self.date(due)
        case .businessDays(let count):
            guard let due = lastClosing(ofWorkingDay: max(count, 0), from: Self.milliseconds(start)) else {
                return .distantFuture
            }
            return Self.date(due)
        }
    }

    /// The earliest instant by which `work` (> 0) working milliseconds have passed since `start`.
    func instant(afterWork work: Int64, from start: Int64) -> Int64? {
        guard start < Self.supportedEnd else { return nil }
        let start = Self.clamp(start)
        var table = table(covering: start, through: start)
        while true {
            let (target, overflow) = table.workBefore(start).addingReportingOverflow(work)
            guard !overflow else { return nil }
            if let due = table.instant(afterWork: target), due <= table.validTo { return due }
            if isLast(table) { return nil }
            table = self.table(covering: start, through: table.validTo + WorkingTimeTable.day)
        }
    }

    /// The last closing of the `count`-th working day after day 0 for `start`.
    func lastClosing(ofWorkingDay count: Int, from start: Int64) -> Int64? {
        guard start < Self.supportedEnd else { return nil }
        let start = Self.clamp(start)
        var table = table(covering: start, through: start)
        while true {
            let day = table.zone.localDay(at: start)
            var index = table.firstWorkingDay(onOrAfter: day)
            if index < table.workingDays.count, table.workingDays[index] == day, start >= table.lastClosings[index] {
                index += 1
            }
            let (target, overflow) = index.addingReportingOverflow(count)
            guard !overflow else { return nil }
            if target < table.workingDays.count { return table.lastClosings[target] }
            if isLast(table) { return nil }
            table = self.table(covering: start, through: table.validTo + WorkingTimeTable.day)
        }
    }

    /// Whether `instant` lies inside working hours (a window includes its opening, not its closing).
    public func isOpen(at instant: Date) -> Bool {
        let instant = Self.milliseconds(instant)
        guard instant >= Self.supportedStart, instant < Self.supportedEnd else { return false }
        return table(covering: instant, through: instant).isOpen(at: instant)
    }

    /// The first moment strictly after `instant` at which the calendar opens (working time
    /// begins after a closed spell); nil when none follows within the supported range.
    ///
    /// Windows that touch or overlap count as one spell, so midnight between `mon 18:00-24:00`
    /// and `tue 00:00-02:00` is not an opening.
    public func nextOpening(after instant: Date) -> Date? {
        let instant = Self.milliseconds(instant)
        guard instant < Self.supportedEnd else { return nil }
        let query = max(instant, Self.supportedStart - 1)
        var table = table(covering: query, through: query)
        while true {
            let index = table.intervalsStarting(atOrBefore: query)
            if index < table.starts.count, table.starts[index] <= table.validTo {
                return Self.date(table.starts[index])
            }
            if isLast(table) { return nil }
            table = self.table(covering: query, through: table.validTo + WorkingTimeTable.day)
        }
    }
}
