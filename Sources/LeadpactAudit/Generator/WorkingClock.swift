import LeadpactCalendar

/// A contract calendar as the simulated sales reps live it: they act only inside its working
/// windows (its zone, its holidays, DST included).
struct WorkingClock: Sendable {
    /// The calendar's name in the contract.
    let name: String
    let spec: CalendarSpec
    let zone: HourlyZoneOffsets
    /// Average working seconds in a working day, for turning business days into seconds.
    let secondsPerWorkingDay: Int64

    init(spec: CalendarSpec, zone: HourlyZoneOffsets) {
        self.name = spec.name
        self.spec = spec
        self.zone = zone
        let workingDays = spec.weekly.values.filter { !$0.isEmpty }.count
        secondsPerWorkingDay = workingDays == 0 ? 8 * 3600 : Int64(spec.weeklyMinutes * 60 / workingDays)
    }

    /// The working windows of local day `date`, as UTC instants `[open, close)`.
    func windows(on date: LocalDate) -> [(open: Int64, close: Int64)] {
        let midnight = Int64(date.daysSinceEpoch) * 86_400
        return spec.windows(on: date).map { window in
            let openLocal = midnight + Int64(window.start) * 60
            let closeLocal = openLocal + Int64(window.minutes) * 60
            return (zone.instant(ofLocal: openLocal), zone.instant(ofLocal: closeLocal))
        }
    }

    /// The local date at `instant`.
    func localDate(at instant: Int64) -> LocalDate {
        let local = instant + zone.offset(at: instant)
        return LocalDate(daysSinceEpoch: Int((local - ((local % 86_400) + 86_400) % 86_400) / 86_400))
    }

    /// The instant at which `seconds` of working time have passed since `start`; a start outside
    /// working hours begins at the next opening. A calendar with no hours for 60 days falls back
    /// to wall-clock time.
    func adding(workingSeconds seconds: Int64, to start: Int64) -> Int64 {
        var remaining = max(0, seconds)
        var day = localDate(at: start).adding(days: -1)
        for _ in 0..<60 {
            for window in windows(on: day) where window.close > start {
                let from = max(window.open, start)
                let available = window.close - from
                if remaining < available || (remaining == 0 && available > 0) { return from + remaining }
                remaining -= available
            }
            day = day.adding(days: 1)
        }
        return start + seconds
    }

    /// Whether reps are at work at `instant`.
    func isOpen(at instant: Int64) -> Bool {
        let today = localDate(at: instant)
        for day in [today.adding(days: -1), today] {
            for window in windows(on: day) where window.open <= instant && instant < window.close {
                return true
            }
        }
        return false
    }
}
