import LeadpactCalendar
import LeadpactDiagnostics
import LeadpactExpressions

/// A compiled `when`, `if` or `where`, with where it was written.
struct CompiledCondition {
    /// The key path of the expression's scalar.
    var path: ContractPath
    /// The type-checked expression.
    var expression: Expression
    /// The expression text as written.
    var source: String
    /// The scalar's range.
    var range: SourceRange
}

/// A name written somewhere, with where: a reference to check, or a member of a list whose
/// names must be distinct.
struct NameOccurrence {
    var name: String
    var range: SourceRange
}

/// A list whose entries must be distinct (activities, reasons, enum values, …).
struct DistinctList {
    /// What the list holds, for messages: "activity", "reason", "value of 'region'".
    var noun: String
    /// Where the list stands.
    var path: ContractPath
    /// Its entries in source order.
    var entries: [NameOccurrence]
}

/// What the section compilers have made of a file so far: the typed values that compiled
/// (entries that failed are left out), plus what the semantic checks need to know about
/// where things were written. A section with an error in it is listed in `failedSections`,
/// and checks that read that section do not run, so one mistake is reported once.
struct ContractDraft {
    var formatVersion: Int?
    var metadata: ContractMetadata?
    /// `contract.effective` and `contract.expires`, when they were read (even if the rest
    /// of the section failed).
    var effective: LocalDate?
    var expires: LocalDate?
    /// Every time zone written (the contract's and each calendar's), by path.
    var timeZones: [(path: ContractPath, zone: String)] = []
    var calendars: [String: CalendarSpec] = [:]
    /// Calendar names in the order written.
    var calendarNames: [String] = []
    var fields: [String: FieldType] = [:]
    var activities: [String] = []
    var scoring: ScoringModel?
    var stages = Stages(mql: nil, sql: nil)
    var marketing: MarketingCommitments?
    var sales: SalesCommitments?

    /// For each compiled explicit rule, implicit rule and volume target, its index in the
    /// list as written (entries that failed are missing from the model), for positions.
    var explicitRuleIndices: [Int] = []
    var implicitRuleIndices: [Int] = []
    var volumeTargetIndices: [Int] = []
    /// Every condition that compiled.
    var conditions: [CompiledCondition] = []
    /// Every duration that was read, by path.
    var durations: [(path: ContractPath, duration: SLADuration)] = []
    /// Lists whose entries must be distinct.
    var distinctLists: [DistinctList] = []
    /// Activities named outside `activities` (implicit scoring rules).
    var activityReferences: [NameOccurrence] = []
    /// Calendars named outside `calendars` (`sales.calendar`).
    var calendarReferences: [NameOccurrence] = []
    /// Top-level sections that reported an error.
    var failedSections: Set<String> = []

    /// The names expressions may use.
    var environment: ExpressionEnvironment {
        ExpressionEnvironment(fields: fields, activities: Set(activities))
    }

    /// The finished contract, when the required parts compiled.
    func contract() -> Contract? {
        guard let formatVersion, let metadata else { return nil }
        return Contract(
            formatVersion: formatVersion, metadata: metadata, calendars: calendars, fields: fields,
            activities: activities, scoring: scoring, stages: stages, marketing: marketing, sales: sales
        )
    }
}
