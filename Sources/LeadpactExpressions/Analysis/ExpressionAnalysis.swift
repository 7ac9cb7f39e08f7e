/// Finds conditions whose outcome does not depend on the lead: always true or always false.
public enum ExpressionAnalysis {
    /// The largest number of value combinations `constantTruth` tries before giving up.
    public static let combinationLimit = 4_096

    /// `true` when `expression` holds for every lead state, `false` when it holds for none, and
    /// `nil` when it depends on the lead or cannot be decided cheaply.
    ///
    /// The answer is sound: it is never `true` or `false` unless the expression really is
    /// constant. Each field, score and count is given a small set of sample values that meets
    /// every outcome its comparisons can have (for a field: missing, and for an enum or a
    /// true/false field every value; for numbers every constant it is compared with, a value on
    /// each side, and one between each pair of constants), and the expression is evaluated on
    /// every combination. Treating the three scores and the counts of one activity over different
    /// windows as independent only adds combinations, so a constant found stays constant. When
    /// two numbers or two texts are compared with each other, or the combinations exceed
    /// `combinationLimit`, the answer is `nil`.
    public static func constantTruth(_ expression: Expression, environment: ExpressionEnvironment) -> Bool? {
        var sampler = ExpressionSampler(environment: environment)
        guard sampler.collect(expression) else { return nil }
        let variables = sampler.domains()
        var combinations = 1
        for variable in variables {
            let (product, overflow) = combinations.multipliedReportingOverflow(by: variable.samples.count)
            guard !overflow, product <= combinationLimit else { return nil }
            combinations = product
        }
        var facts = SampleFacts()
        var outcome: Bool?
        for combination in 0..<combinations {
            var rest = combination
            for variable in variables {
                facts.assign(variable.samples[rest % variable.samples.count], to: variable.key)
                rest /= variable.samples.count
            }
            let holds = expression.evaluate(facts)
            if let previous = outcome, previous != holds { return nil }
            outcome = holds
        }
        return outcome
    }
}

/// Something an expression reads that may differ from lead to lead.
enum SampledVariable: Hashable {
    case field(String)
    case score(ScoreKind)
    case count(activity: String, windowSeconds: Int64?)
}

/// A lead state assembled from sample values.
struct SampleFacts: LeadFacts {
    private var values: [String: Value] = [:]
    private var scores: [ScoreKind: Double] = [:]
    private var counts: [SampledVariable: Int] = [:]

    /// Sets one variable; `nil` leaves a field missing.
    mutating func assign(_ value: Value?, to variable: SampledVariable) {
        switch variable {
        case .field(let name): values[name] = value
        case .score(let kind): scores[kind] = value?.numericValue ?? 0
        case .count:
            if case .int(let count) = value { counts[variable] = Int(clamping: count) }
        }
    }

    func value(of field: String) -> Value? { values[field] }
    func score(_ kind: ScoreKind) -> Double { scores[kind] ?? 0 }
    func count(activity: String, windowSeconds: Int64?) -> Int {
        counts[.count(activity: activity, windowSeconds: windowSeconds)] ?? 0
    }
}
