import Foundation
import LeadpactContract
import LeadpactExpressions

/// One lead's state at a moment: its attributes and logged activities from the events
/// before that moment (in the order of the brief), and the score they give.
/// One instance is reused for every lead.
/// Its stored properties are `@exclusivity(unchecked)`, as `LeadChecker` explains.
final class LeadState: LeadFacts {
    let schema: EventSchema
    private let strings: StringTable
    /// Attribute values by field index.
    @exclusivity(unchecked) private var values: [Value?]
    @exclusivity(unchecked) private var setFields: [Int] = []
    /// Activity timestamps (milliseconds), by activity index, oldest first.
    @exclusivity(unchecked) private(set) var activityTimes: [[Int64]]
    /// Every activity's timestamp, oldest first.
    @exclusivity(unchecked) private(set) var anyActivityTimes: [Int64] = []
    /// The moment expressions are evaluated at (milliseconds); `count` windows end here
    /// and implicit points decay to it.
    @exclusivity(unchecked) var moment: Int64 = 0
    /// Set while explicit conditions are evaluated, so one that reads the score sees only
    /// the implicit part instead of recursing.
    @exclusivity(unchecked) private var evaluatingExplicit = false
    /// Explicit rules, their points as `Double`.
    private let explicitRules: [(condition: LeadpactExpressions.Expression, points: Double)]
    /// Implicit rules resolved to activity indices.
    private let implicitRules: [(activity: Int, points: Double, max: Int?)]
    /// The implicit points' half-life in seconds, when they decay.
    private let halfLife: Double?

    /// A blank state for leads of `schema`, scored by `scoring`.
    init(schema: EventSchema, scoring: ScoringModel?, strings: StringTable) {
        self.schema = schema
        self.strings = strings
        values = Array(repeating: nil, count: schema.fieldNames.count)
        activityTimes = Array(repeating: [], count: schema.activityNames.count)
        implicitRules = (scoring?.implicit ?? []).compactMap { rule in
            schema.activity(named: rule.activity).map { (Int($0), Double(rule.points), rule.max) }
        }
        explicitRules = (scoring?.explicit ?? []).map { ($0.condition, Double($0.points)) }
        halfLife = scoring?.halfLifeSeconds.map(Double.init)
    }

    /// Forgets everything, for the next lead.
    func reset() {
        for field in setFields { values[field] = nil }
        setFields.removeAll(keepingCapacity: true)
        for index in activityTimes.indices where !activityTimes[index].isEmpty {
            activityTimes[index].removeAll(keepingCapacity: true)
        }
        anyActivityTimes.removeAll(keepingCapacity: true)
    }

    /// Applies an event's `set` entries.
    func apply(_ attributes: ArraySlice<StoredAttribute>) {
        for attribute in attributes {
            let field = Int(attribute.field)
            if values[field] == nil { setFields.append(field) }
            values[field] = schema.value(of: attribute, strings: strings)
        }
    }

    /// Logs an activity.
    func log(activity: Int32, at timestamp: Int64) {
        activityTimes[Int(activity)].append(timestamp)
        anyActivityTimes.append(timestamp)
    }

    // MARK: LeadFacts

    func value(of field: String) -> Value? {
        guard let index = schema.field(named: field) else { return nil }
        return values[Int(index)]
    }

    func count(activity: String, windowSeconds: Int64?) -> Int {
        guard let index = schema.activity(named: activity) else { return 0 }
        return Self.count(activityTimes[Int(index)], windowSeconds: windowSeconds, at: moment)
    }

    /// Activities of any kind with ts in [moment − window, moment].
    func countAnyActivity(windowSeconds: Int64?) -> Int {
        Self.count(anyActivityTimes, windowSeconds: windowSeconds, at: moment)
    }

    private static func count(_ times: [Int64], windowSeconds: Int64?, at moment: Int64) -> Int {
        guard let windowSeconds else { return times.count }
        let (windowMillis, overflow) = windowSeconds.multipliedReportingOverflow(by: 1000)
        let (earliest, underflow) = moment.subtractingReportingOverflow(windowMillis)
        if overflow || underflow { return times.count }
        var count = 0
        for ts in times.reversed() {
            guard ts >= earliest else { break }
            if ts <= moment { count += 1 }
        }
        return count
    }

    func score(_ kind: ScoreKind) -> Double {
        switch kind {
        case .explicit: evaluatingExplicit ? 0 : explicitScore()
        case .implicit: implicitScore()
        case .total: (evaluatingExplicit ? 0 : explicitScore()) + implicitScore()
        }
    }

    /// Σ points of the explicit rules whose condition holds now.
    func explicitScore() -> Double {
        guard !explicitRules.isEmpty else { return 0 }
        evaluatingExplicit = true
        defer { evaluatingExplicit = false }
        var total = 0.0
        for index in explicitRules.indices where explicitRules[index].condition.evaluate(self) {
            total += explicitRules[index].points
        }
        return total
    }

    /// Σ points × 0.5^(age / half_life) over the implicit rules' activities (the `max`
    /// most recent of each rule, where given), age measured to `moment`.
    func implicitScore() -> Double {
        var total = 0.0
        for rule in implicitRules {
            let times = activityTimes[rule.activity]
            let counted = rule.max.map { Swift.max(0, Swift.min($0, times.count)) } ?? times.count
            for ts in times.suffix(counted) {
                if let halfLife, halfLife > 0 {
                    let ageSeconds = Double(moment - ts) / 1000
                    total += rule.points * Self.decay(ageSeconds: ageSeconds, halfLife: halfLife)
                } else {
                    total += rule.points
                }
            }
        }
        return total
    }

    /// Per explicit rule, in the contract's order: whether its condition holds now.
    func explicitRulesHeld() -> [Bool] {
        evaluatingExplicit = true
        defer { evaluatingExplicit = false }
        return explicitRules.map { $0.condition.evaluate(self) }
    }

    /// The names of the activities logged at least once so far, sorted.
    func activitiesLogged() -> [String] {
        activityTimes.indices.filter { !activityTimes[$0].isEmpty }.map { schema.activityNames[$0] }.sorted()
    }

    /// 0.5^(age / halfLife).
    static func decay(ageSeconds: Double, halfLife: Double) -> Double {
        exp2(-ageSeconds / halfLife)
    }
}
