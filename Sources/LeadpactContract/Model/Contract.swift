public import LeadpactCalendar
public import LeadpactExpressions

/// A compiled contract: the typed rules every later stage (audit, sign-off, diff) reads.
///
/// Built only by the compiler from a contract file; every value has been checked.
public struct Contract: Hashable, Sendable {
    /// The `leadpact:` format version.
    public var formatVersion: Int
    /// The `contract:` section.
    public var metadata: ContractMetadata
    /// Business calendars by name.
    public var calendars: [String: CalendarSpec]
    /// Lead attributes by name.
    public var fields: [String: FieldType]
    /// Activity names, in declaration order.
    public var activities: [String]
    /// The lead-scoring model; `nil` when the contract has no `scoring` section (every score is 0).
    public var scoring: ScoringModel?
    /// MQL and SQL stage definitions.
    public var stages: Stages
    /// Marketing's commitments; `nil` when the section is absent.
    public var marketing: MarketingCommitments?
    /// Sales' commitments; `nil` when the section is absent.
    public var sales: SalesCommitments?

    /// Creates a contract.
    public init(
        formatVersion: Int, metadata: ContractMetadata, calendars: [String: CalendarSpec],
        fields: [String: FieldType], activities: [String], scoring: ScoringModel?, stages: Stages,
        marketing: MarketingCommitments?, sales: SalesCommitments?
    ) {
        self.formatVersion = formatVersion
        self.metadata = metadata
        self.calendars = calendars
        self.fields = fields
        self.activities = activities
        self.scoring = scoring
        self.stages = stages
        self.marketing = marketing
        self.sales = sales
    }

    /// The names expressions may use.
    public var expressionEnvironment: ExpressionEnvironment {
        ExpressionEnvironment(fields: fields, activities: Set(activities))
    }
}
