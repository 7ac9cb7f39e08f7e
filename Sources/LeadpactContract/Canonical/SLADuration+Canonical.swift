public import LeadpactCalendar

extension SLADuration {
    /// The duration in the compiled rules: `{"clock":"wall","seconds":N}`,
    /// `{"clock":"business","seconds":N}` or `{"clock":"business_days","days":N}`.
    ///
    /// Every spelling of the same length (`1h`, `1 hour`, `60 minutes`) gives the same value.
    public var canonicalJSON: CanonicalJSON {
        switch self {
        case .wallClock(let seconds): Self.seconds(seconds, clock: "wall")
        case .businessTime(let seconds): Self.seconds(seconds, clock: "business")
        case .businessDays(let days): .object(["clock": .string("business_days"), "days": .integer(days)])
        }
    }

    /// A wall-clock duration of `seconds`, or `null` when there is none.
    static func wallClockJSON(seconds: Int64?) -> CanonicalJSON {
        seconds.map { SLADuration.wallClock(seconds: $0).canonicalJSON } ?? .null
    }

    private static func seconds(_ seconds: Int64, clock: String) -> CanonicalJSON {
        .object(["clock": .string(clock), "seconds": .int(seconds)])
    }
}

extension TimeWindow {
    /// `{"start":540,"end":1050}`: minutes after local midnight (`end` ≤ `start` runs past midnight).
    var canonicalJSON: CanonicalJSON {
        .object(["start": .integer(start), "end": .integer(end)])
    }

    /// A day's windows, sorted by start then end.
    static func canonicalJSON(_ windows: [TimeWindow]) -> CanonicalJSON {
        .array(windows.sorted().map(\.canonicalJSON))
    }
}
