public import LeadpactDiagnostics

/// Every diagnostic the contract compiler reports itself: `LP2xx` for the structure of the
/// file (the schema), `LP4xx` for the semantic checks that run on a structurally sound
/// contract. Codes are stable; docs/diagnostics.md describes each one with an example.
public enum ContractDiagnosticCode: String, CaseIterable, Hashable, Sendable {
    // MARK: Structure (LP2xx)
    case rootNotMapping = "LP200"
    case unknownKey = "LP201"
    case missingKey = "LP202"
    case wrongKind = "LP203"
    case invalidInteger = "LP204"
    case unsupportedFormatVersion = "LP205"
    case invalidContractID = "LP206"
    case invalidVersion = "LP207"
    case invalidDate = "LP208"
    case invalidDuration = "LP209"
    case businessDurationOutsideSales = "LP210"
    case businessWeeks = "LP211"
    case invalidDayKey = "LP212"
    case invalidTimeWindow = "LP213"
    case dayListedTwice = "LP214"
    case unknownFieldType = "LP215"
    case invalidChoice = "LP216"
    case invalidPercentage = "LP217"
    case emptyValue = "LP218"
    case invalidName = "LP219"

    // MARK: Semantic checks (LP4xx)
    case unreachableMQLThreshold = "LP401"
    case calendarNeverOpen = "LP402"
    case holidayOutsideEffectivePeriod = "LP403"
    case holidayOnClosedDay = "LP404"
    case channelMinimumsExceedTouches = "LP405"
    case sequenceCannotFit = "LP406"
    case acceptSlowerThanFirstTouch = "LP407"
    case segmentTargetsExceedTotal = "LP408"
    case expressionAlwaysTrue = "LP409"
    case expressionAlwaysFalse = "LP410"
    case invalidTimeZone = "LP411"
    case effectiveNotBeforeExpires = "LP412"
    case calendarMappingIncomplete = "LP413"
    case unknownCalendar = "LP414"
    case zeroDuration = "LP415"
    case businessDurationWithoutCalendar = "LP416"
    case expediteSlowerThanFirstTouch = "LP417"
    case duplicateEntry = "LP418"
    case overlappingWindows = "LP419"
    case calendarFieldNotEnum = "LP420"
    case unknownField = "LP421"
    case unknownActivity = "LP422"
    case nonPositiveCount = "LP423"
    case zeroPoints = "LP424"
    case conversionRateOutOfRange = "LP425"
    case calendarMappingUnknownValue = "LP426"
    case unusedCalendar = "LP427"

    /// The code as printed, e.g. `LP201`.
    public var code: String { rawValue }

    /// How serious the finding is: errors reject the contract, warnings do not (unless
    /// `check --warnings-as-errors`).
    public var severity: Severity {
        switch self {
        case .holidayOutsideEffectivePeriod, .holidayOnClosedDay, .acceptSlowerThanFirstTouch,
             .segmentTargetsExceedTotal, .expressionAlwaysTrue, .expediteSlowerThanFirstTouch,
             .zeroPoints, .unusedCalendar:
            .warning
        default:
            .error
        }
    }

    /// A one-line summary of what the code catches, for the documentation and `--help` texts.
    public var summary: String {
        switch self {
        case .rootNotMapping: "the file's top level is not a mapping of sections"
        case .unknownKey: "a key the schema does not know (with a did-you-mean)"
        case .missingKey: "a required key is missing"
        case .wrongKind: "a value of the wrong kind (a list where a mapping belongs, null where a value belongs, …)"
        case .invalidInteger: "a value that must be a whole number is not an unquoted integer"
        case .unsupportedFormatVersion: "`leadpact:` is not a format version this tool reads (only 1)"
        case .invalidContractID: "`contract.id` is not lowercase letters, digits and hyphens"
        case .invalidVersion: "`contract.version` is not a semantic version MAJOR.MINOR.PATCH"
        case .invalidDate: "a date is not an existing YYYY-MM-DD day"
        case .invalidDuration: "a duration is not `N unit` (minutes, hours, days, weeks) or a short form (30m)"
        case .businessDurationOutsideSales: "a business duration where no calendar applies (outside `sales`)"
        case .businessWeeks: "`business weeks` are ambiguous; write business days instead"
        case .invalidDayKey: "an `hours` key is not a weekday, a range `mon-fri` or a list `mon,wed`"
        case .invalidTimeWindow: "a working window is not `HH:MM-HH:MM`"
        case .dayListedTwice: "a weekday gets hours from two keys of the same `hours` mapping"
        case .unknownFieldType: "a field's type is not int, number, string, bool or a list of values"
        case .invalidChoice: "a value outside a fixed set (cadence, period, review metric)"
        case .invalidPercentage: "a conversion rate is not written as a percentage such as `20%`"
        case .emptyValue: "an empty text or list where content is required"
        case .invalidName: "a name that expressions could not refer to (not a bare word, or a reserved word)"
        case .unreachableMQLThreshold: "the MQL score threshold is above the most points the scoring model can give"
        case .calendarNeverOpen: "a calendar has no working time in a week"
        case .holidayOutsideEffectivePeriod: "a holiday falls outside the contract's effective period"
        case .holidayOnClosedDay: "a holiday closes a day the calendar is already closed"
        case .channelMinimumsExceedTouches: "the sequence's channel minimums sum past its `touches`"
        case .sequenceCannotFit: "the sequence's `within` is too short for its touches"
        case .acceptSlowerThanFirstTouch: "`accept_within` is longer than `first_touch_within` on the same clock"
        case .segmentTargetsExceedTotal: "segment volume targets sum past the total target of the same period"
        case .expressionAlwaysTrue: "a condition is always true, so it filters nothing"
        case .expressionAlwaysFalse: "a condition is always false, so it can never be met"
        case .invalidTimeZone: "a time zone is not an IANA identifier"
        case .effectiveNotBeforeExpires: "`effective` is on or after `expires`"
        case .calendarMappingIncomplete: "`sales.calendar` by field misses enum values and has no `default`"
        case .unknownCalendar: "a calendar name that `calendars` does not define"
        case .zeroDuration: "a duration of zero where time must pass (half-life, windows, deadlines)"
        case .businessDurationWithoutCalendar: "a business duration in `sales` with no `sales.calendar`"
        case .expediteSlowerThanFirstTouch: "an expedite rule allows more time than the normal first touch"
        case .duplicateEntry: "the same name appears twice in a list that must hold distinct names"
        case .overlappingWindows: "two working windows of the same day overlap"
        case .calendarFieldNotEnum: "`sales.calendar` chooses by a field that is not an enum"
        case .unknownField: "a field name that `fields` does not declare"
        case .unknownActivity: "an activity name that `activities` does not declare"
        case .nonPositiveCount: "a count that must be at least 1 (mqls, touches, max, channel minimum) is not"
        case .zeroPoints: "a scoring rule gives 0 points and has no effect"
        case .conversionRateOutOfRange: "a conversion rate outside (0%, 100%]"
        case .calendarMappingUnknownValue: "a `sales.calendar` key that is not a value of the `by` field"
        case .unusedCalendar: "a calendar that `sales.calendar` never uses"
        }
    }
}
