public import LeadpactDiagnostics
import LeadpactExpressions
import LeadpactYAML

extension ContractDiagnosticCode {
    /// The code's heading in docs/diagnostics.md, after the code.
    public var title: String {
        switch self {
        case .rootNotMapping: "the top level is not a mapping"
        case .unknownKey: "unknown key"
        case .missingKey: "missing required key"
        case .wrongKind: "value of the wrong kind"
        case .invalidInteger: "not an integer"
        case .unsupportedFormatVersion: "unsupported format version"
        case .invalidContractID: "invalid contract id"
        case .invalidVersion: "invalid version"
        case .invalidDate: "invalid date"
        case .invalidDuration: "invalid duration"
        case .businessDurationOutsideSales: "business duration outside `sales`"
        case .businessWeeks: "business weeks"
        case .invalidDayKey: "invalid day key"
        case .invalidTimeWindow: "invalid window"
        case .dayListedTwice: "day listed twice"
        case .unknownFieldType: "unknown field type"
        case .invalidChoice: "value outside a fixed set"
        case .invalidPercentage: "rate not written as a percentage"
        case .emptyValue: "empty value"
        case .invalidName: "invalid name"
        case .unreachableMQLThreshold: "unreachable MQL threshold"
        case .calendarNeverOpen: "calendar never open"
        case .holidayOutsideEffectivePeriod: "holiday outside the contract's period"
        case .holidayOnClosedDay: "holiday on a closed day"
        case .channelMinimumsExceedTouches: "channel minimums exceed touches"
        case .sequenceCannotFit: "sequence cannot fit its window"
        case .acceptSlowerThanFirstTouch: "accept slower than first touch"
        case .segmentTargetsExceedTotal: "segment targets exceed the total"
        case .expressionAlwaysTrue: "condition always true"
        case .expressionAlwaysFalse: "condition always false"
        case .invalidTimeZone: "invalid time zone"
        case .effectiveNotBeforeExpires: "effective on or after expires"
        case .calendarMappingIncomplete: "calendar mapping incomplete"
        case .unknownCalendar: "unknown calendar"
        case .zeroDuration: "zero duration"
        case .businessDurationWithoutCalendar: "business duration without a calendar"
        case .expediteSlowerThanFirstTouch: "expedite slower than the normal first touch"
        case .duplicateEntry: "duplicate entry"
        case .overlappingWindows: "overlapping windows"
        case .calendarFieldNotEnum: "calendar chosen by a field that is not an enum"
        case .unknownField: "unknown field"
        case .unknownActivity: "unknown activity"
        case .nonPositiveCount: "count below 1"
        case .zeroPoints: "zero points"
        case .conversionRateOutOfRange: "conversion rate out of range"
        case .calendarMappingUnknownValue: "calendar mapping key not a value"
        case .unusedCalendar: "unused calendar"
        }
    }

    /// The code as a rule of the catalogue, pointing at its heading in docs/diagnostics.md.
    public var rule: DiagnosticRule {
        DiagnosticRule(code: code, title: title, summary: summary, headingIn: "docs/diagnostics.md")
    }
}

extension ContractCompiler {
    /// Every code compiling a contract can report, as rules of the catalogue: reading the
    /// file (LP100), loading (LP1xx), structure (LP2xx), expressions (LP3xx) and the semantic
    /// checks (LP4xx).
    public static let diagnosticRules: [DiagnosticRule] =
        [DiagnosticRule(code: "LP100", title: "the file cannot be read",
                        summary: "the contract file does not exist, is a directory or cannot be read",
                        headingIn: "docs/diagnostics.md")]
        + YAMLLoadingRules.all
        + ExpressionDiagnosticCode.allCases.map(\.rule)
        + ContractDiagnosticCode.allCases.map(\.rule)
}
