import LeadpactCalendar
import LeadpactContract
import LeadpactExpressions

/// What the generator reads off a contract: which fields the MQL and SQL stages look at,
/// which activities count for what, the reasons, channels and calendars. Everything the log
/// names comes from here, so a log fits the contract it was generated for.
struct FixtureBlueprint: Sendable {
    /// Declared fields, sorted by name.
    let fields: [(name: String, type: FieldType)]
    /// Fields the MQL stage reads (they skew towards a good fit for leads marketing hands off).
    let mqlFields: Set<String>
    /// Fields the SQL stage reads (set by the rep on the `sql` event, not on the first profile).
    let sqlFields: Set<String>
    /// Declared activities, in contract order.
    let activities: [String]
    /// How often each activity happens, relative to the others.
    let activityWeights: [Double]
    /// The same for a lead on its way to a handoff: scored activities first, nothing negative.
    let keenActivityWeights: [Double]
    /// Implicit points per activity index (0 for unscored), and the `max` that count.
    let implicitPoints: [(points: Int, max: Int?)]
    /// Implicit points a lead needs on top of the best fit points to pass the MQL score bar
    /// (with a margin for decay); 0 when the MQL stage has no score bar.
    let handoffImplicitPoints: Int
    /// Activities that make a lead urgent (from `expedite`), with their look-back window.
    let urgentActivities: [(index: Int, windowSeconds: Int64)]
    /// `sales.reasons`.
    let reasons: [String]
    /// Touch channels: the sequence's, then `linkedin` as an extra one.
    let channels: [String]
    /// `marketing.handoff_context`.
    let contextKeys: [String]
    /// The field that picks a calendar, its value → calendar map, and the default calendar.
    let routingField: String?
    let calendarByValue: [String: String]
    let defaultCalendar: String
    /// The touch sequence a diligent rep follows: touches, channel minimums, window.
    let sequenceTouches: Int
    let channelMinimums: [String: Int]
    let sequenceWithin: SLADuration?

    init(contract: Contract) {
        fields = contract.fields.keys.sorted().compactMap { name in contract.fields[name].map { (name, $0) } }
        mqlFields = contract.stages.mql.map { Self.fieldNames(in: $0.when) } ?? []
        sqlFields = contract.stages.sql.map { Self.fieldNames(in: $0.when) } ?? []
        activities = contract.activities
        var points: [String: Int] = [:]
        for rule in contract.scoring?.implicit ?? [] { points[rule.activity] = rule.points }
        activityWeights = contract.activities.map { activity in
            let value = points[activity] ?? 0
            return value < 0 ? 0.03 : 1.0 / (1.0 + Double(value) / 15.0)
        }
        var urgent: [(Int, Int64)] = []
        for rule in contract.sales?.expedite ?? [] {
            for (activity, window) in Self.counts(in: rule.when) {
                if let index = contract.activities.firstIndex(of: activity) { urgent.append((index, window ?? 7 * 86_400)) }
            }
        }
        var implicitRules: [String: (Int, Int?)] = [:]
        for rule in contract.scoring?.implicit ?? [] { implicitRules[rule.activity] = (rule.points, rule.max) }
        implicitPoints = contract.activities.map { implicitRules[$0] ?? (0, nil) }
        let bar = contract.stages.mql.flatMap { Self.scoreBar(in: $0.when) } ?? 0
        let fitPoints = (contract.scoring?.explicit ?? []).reduce(0) { $0 + max(0, $1.points) }
        handoffImplicitPoints = max(0, (bar - fitPoints) * 6 / 5)
        keenActivityWeights = contract.activities.map { activity in
            let value = points[activity] ?? 0
            return value < 0 ? 0 : value == 0 ? 0.5 : value >= 40 ? 0.15 : 1
        }
        urgentActivities = urgent
        reasons = contract.sales?.reasons ?? []
        let sequenceChannels = (contract.sales?.sequence?.channels.keys.sorted()) ?? []
        let baseChannels = sequenceChannels.isEmpty ? ["call", "email"] : sequenceChannels
        channels = baseChannels.contains("linkedin") ? baseChannels : baseChannels + ["linkedin"]
        contextKeys = contract.marketing?.handoffContext ?? []
        let calendarNames = contract.calendars.keys.sorted()
        switch contract.sales?.calendar {
        case .single(let name):
            routingField = nil
            calendarByValue = [:]
            defaultCalendar = name
        case .byField(let field, let calendars, let fallback):
            routingField = field
            calendarByValue = calendars
            defaultCalendar = fallback ?? calendars.values.sorted().first ?? calendarNames.first ?? ""
        case nil:
            routingField = nil
            calendarByValue = [:]
            defaultCalendar = calendarNames.first ?? ""
        }
        sequenceTouches = contract.sales?.sequence?.touches ?? 5
        channelMinimums = contract.sales?.sequence?.channels ?? [:]
        sequenceWithin = contract.sales?.sequence?.within
    }

    /// The field names an expression reads.
    static func fieldNames(in expression: Expression) -> Set<String> {
        switch expression {
        case .field(let name), .known(let name): [name]
        case .literal, .score, .count: []
        case .not(let inner): fieldNames(in: inner)
        case .and(let lhs, let rhs), .or(let lhs, let rhs), .compare(let lhs, _, let rhs):
            fieldNames(in: lhs).union(fieldNames(in: rhs))
        case .member(let subject, _): fieldNames(in: subject)
        }
    }

    /// The least total score an expression asks for (`score >= N`, `score > N`), if any.
    static func scoreBar(in expression: Expression) -> Int? {
        switch expression {
        case .compare(.score(.total), let op, .literal(.int(let bar))) where op == .greaterOrEqual || op == .greater:
            Int(clamping: op == .greater ? bar + 1 : bar)
        case .and(let lhs, let rhs):
            [scoreBar(in: lhs), scoreBar(in: rhs)].compactMap { $0 }.max()
        default:
            nil
        }
    }

    /// The `count(activity, window)` terms of an expression.
    static func counts(in expression: Expression) -> [(String, Int64?)] {
        switch expression {
        case .count(let activity, let window): [(activity, window)]
        case .field, .known, .literal, .score: []
        case .not(let inner): counts(in: inner)
        case .and(let lhs, let rhs), .or(let lhs, let rhs), .compare(let lhs, _, let rhs):
            counts(in: lhs) + counts(in: rhs)
        case .member(let subject, _): counts(in: subject)
        }
    }
}
