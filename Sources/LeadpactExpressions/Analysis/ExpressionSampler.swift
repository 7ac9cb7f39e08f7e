/// Collects the variables of an expression and the constants each is compared with, then
/// chooses sample values that meet every outcome of those comparisons.
struct ExpressionSampler {
    let environment: ExpressionEnvironment
    /// The variables in first-seen order, with the literals they are compared with.
    private var constants: [SampledVariable: [Value]] = [:]
    private var order: [SampledVariable] = []

    init(environment: ExpressionEnvironment) {
        self.environment = environment
    }

    /// Walks `expression`; `false` when it compares two variables whose values are not a
    /// small finite set (numbers or text), or names a field the environment lacks.
    mutating func collect(_ expression: Expression) -> Bool {
        switch expression {
        case .literal: return true
        case .field(let name), .known(let name):
            return note(.field(name), constant: nil)
        case .score(let kind): return note(.score(kind), constant: nil)
        case .count(let activity, let window): return note(.count(activity: activity, windowSeconds: window), constant: nil)
        case .not(let operand): return collect(operand)
        case .and(let left, let right), .or(let left, let right): return collect(left) && collect(right)
        case .compare(let left, _, let right):
            switch (left, right) {
            case (.literal(let value), let other), (let other, .literal(let value)):
                guard let variable = variable(other) else { return collect(other) }
                return note(variable, constant: value)
            default:
                if let a = variable(left), let b = variable(right), !(isFinite(a) && isFinite(b)) { return false }
                return collect(left) && collect(right)
            }
        case .member(let subject, let values):
            guard let variable = variable(subject) else { return collect(subject) }
            for value in values where !note(variable, constant: value) { return false }
            return note(variable, constant: nil)
        }
    }

    /// Every variable with its sample values (`nil` = a field the lead lacks).
    func domains() -> [(key: SampledVariable, samples: [Value?])] {
        order.map { variable in
            let literals = constants[variable] ?? []
            switch variable {
            case .score: return (variable, Self.numberSamples(literals).map { .number($0) })
            case .count: return (variable, Self.wholeSamples(literals).filter { $0 >= 0 }.map { .int($0) })
            case .field(let name): return (variable, [nil] + fieldSamples(environment.fields[name] ?? .bool, literals))
            }
        }
    }

    private mutating func note(_ variable: SampledVariable, constant: Value?) -> Bool {
        if case .field(let name) = variable, environment.fields[name] == nil { return false }
        if constants[variable] == nil {
            constants[variable] = []
            order.append(variable)
        }
        if let constant { constants[variable, default: []].append(constant) }
        return true
    }

    private func variable(_ expression: Expression) -> SampledVariable? {
        switch expression {
        case .field(let name): .field(name)
        case .score(let kind): .score(kind)
        case .count(let activity, let window): .count(activity: activity, windowSeconds: window)
        default: nil
        }
    }

    /// Whether the variable's values form a small finite set that sampling covers exactly.
    private func isFinite(_ variable: SampledVariable) -> Bool {
        guard case .field(let name) = variable else { return false }
        switch environment.fields[name] {
        case .bool, .enumeration: return true
        default: return false
        }
    }

    private func fieldSamples(_ type: FieldType, _ literals: [Value]) -> [Value?] {
        switch type {
        case .bool: return [.bool(true), .bool(false)]
        case .enumeration(let values): return values.map { .enumCase($0) }
        case .int: return Self.wholeSamples(literals).map { .int($0) }
        case .number: return Self.numberSamples(literals).map { .number($0) }
        case .string:
            let texts = literals.compactMap { value -> String? in
                if case .string(let text) = value { return text }
                return nil
            }
            let other = texts.joined() + "\u{1}"
            return (Array(Set(texts)).sorted() + [other]).map { .string($0) }
        }
    }
}
