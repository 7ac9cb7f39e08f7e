import LeadpactCalendar
import LeadpactDiagnostics

/// One semantic check of a structurally compiled contract (`LP4xx`): it reads the draft,
/// and reports each problem with its own code and position.
protocol ContractCheck {
    /// The top-level sections the check reads: when one of them reported an error, the check
    /// does not run, so a broken section is not reported twice.
    static var sections: [String] { get }

    /// Runs the check, reporting into `context`.
    static func run(on draft: ContractDraft, context: CompilationContext)
}

/// The semantic checks, in the order they run.
enum ContractChecks {
    static var all: [any ContractCheck.Type] { [
        TimeZoneCheck.self, EffectivePeriodCheck.self, DuplicateEntryCheck.self,
        CalendarNeverOpenCheck.self, OverlappingWindowsCheck.self, HolidayOnClosedDayCheck.self,
        HolidayOutsideEffectivePeriodCheck.self, UnknownActivityCheck.self, ZeroPointsCheck.self,
        UnreachableMQLThresholdCheck.self, ConstantConditionCheck.self,
        NonPositiveCountCheck.self, SegmentTargetsCheck.self, ConversionRateCheck.self,
        UnknownCalendarCheck.self, CalendarFieldCheck.self, CalendarMappingValuesCheck.self,
        CalendarMappingCoverageCheck.self, UnusedCalendarCheck.self, ZeroDurationCheck.self,
        BusinessDurationWithoutCalendarCheck.self, AcceptVersusFirstTouchCheck.self,
        ExpediteSlowerCheck.self, ChannelMinimumsCheck.self, SequenceWindowCheck.self,
    ] }

    /// Runs every check whose sections compiled cleanly.
    static func run(on draft: ContractDraft, context: CompilationContext) {
        for check in all where check.sections.allSatisfy({ !draft.failedSections.contains($0) }) {
            check.run(on: draft, context: context)
        }
    }
}

extension SLADuration {
    /// The duration's length and clock, for comparing two durations of the same clock:
    /// wall-clock seconds, business seconds, or business days are each their own clock.
    var clockLength: (clock: Int, length: Int64) {
        switch self {
        case .wallClock(let seconds): (0, seconds)
        case .businessTime(let seconds): (1, seconds)
        case .businessDays(let days): (2, Int64(days))
        }
    }

    /// Whether this is longer than `other` measured on the same clock; `nil` when the two
    /// run on different clocks and cannot be compared without a calendar.
    func isLonger(than other: SLADuration) -> Bool? {
        let (a, b) = (clockLength, other.clockLength)
        return a.clock == b.clock ? a.length > b.length : nil
    }
}
