import LeadpactCalendar

/// Accumulates the changes of one comparison, with the comparisons every section shares:
/// a time limit, a count, a set of names, a plain value.
struct ChangeCollector {
    private(set) var changes: [ContractChange] = []

    /// Records one change.
    mutating func record(
        _ path: String, old: String?, new: String?, _ direction: ChangeDirection, _ side: ChangeSide
    ) {
        changes.append(ContractChange(path: path, old: old, new: new, direction: direction, side: side))
    }

    /// A time limit: a shorter one is `shorter`, a longer one the opposite; `nil` means no
    /// limit at all (the laxest). Limits on different clocks cannot be ordered: `changed`.
    mutating func compareDuration(
        _ path: String, _ old: SLADuration?, _ new: SLADuration?, side: ChangeSide,
        shorter: ChangeDirection = .tightened
    ) {
        guard old != new else { return }
        let longer = shorter.reversed
        switch (old, new) {
        case (nil, let added?): record(path, old: nil, new: DurationText.describe(added), shorter, side)
        case (let removed?, nil): record(path, old: DurationText.describe(removed), new: nil, longer, side)
        case (let before?, let after?):
            let (a, b) = (before.clockLength, after.clockLength)
            let direction = a.clock == b.clock ? (b.length < a.length ? shorter : longer) : .changed
            record(path, old: DurationText.describe(before), new: DurationText.describe(after), direction, side)
        case (nil, nil): return
        }
    }

    /// A number where a higher value is `higher` for the side (`nil` = absent).
    mutating func compareNumber(
        _ path: String, _ old: Int?, _ new: Int?, side: ChangeSide, higher: ChangeDirection,
        format: (Int) -> String = { String($0) }
    ) {
        guard old != new else { return }
        switch (old, new) {
        case (let a?, let b?): record(path, old: format(a), new: format(b), b > a ? higher : higher.reversed, side)
        case (nil, let b?): record(path, old: nil, new: format(b), higher, side)
        case (let a?, nil): record(path, old: format(a), new: nil, higher.reversed, side)
        case (nil, nil): return
        }
    }

    /// A set of names: each name added is `added`, each removed the opposite.
    mutating func compareNames(
        _ path: String, _ old: [String], _ new: [String], side: ChangeSide, added: ChangeDirection
    ) {
        let before = Set(old), after = Set(new)
        for name in old where !after.contains(name) {
            record(path, old: name, new: nil, added.reversed, side)
        }
        for name in new where !before.contains(name) {
            record(path, old: nil, new: name, added, side)
        }
    }

    /// A value with no order: any difference is `changed`.
    mutating func compareValue(_ path: String, _ old: String?, _ new: String?, side: ChangeSide) {
        guard old != new else { return }
        record(path, old: old, new: new, .changed, side)
    }
}

extension ChangeDirection {
    /// The opposite verdict (`changed` stays `changed`).
    var reversed: ChangeDirection {
        switch self {
        case .tightened: .loosened
        case .loosened: .tightened
        case .changed: .changed
        }
    }
}

extension SLADuration {
    /// Which clock a limit runs on, and its length there, for ordering two limits.
    var clockLength: (clock: Int, length: Int64) {
        switch self {
        case .wallClock(let seconds): (0, seconds)
        case .businessTime(let seconds): (1, seconds)
        case .businessDays(let days): (2, Int64(days))
        }
    }
}
