extension Expression {
    /// Whether the expression holds for `facts`.
    ///
    /// A comparison or `in` with a field the lead does not have is false, and so is a bare
    /// true/false field the lead does not have; `not` then negates as usual. Ints and numbers
    /// compare by value. Evaluation allocates nothing.
    @inlinable
    public func evaluate(_ facts: some LeadFacts) -> Bool {
        switch self {
        case .literal(let value):
            if case .bool(let flag) = value { return flag }
            return false
        case .field(let name):
            if case .bool(let flag) = facts.value(of: name) { return flag }
            return false
        case .known(let name):
            return facts.value(of: name) != nil
        case .not(let operand):
            return !operand.evaluate(facts)
        case .and(let left, let right):
            return left.evaluate(facts) && right.evaluate(facts)
        case .or(let left, let right):
            return left.evaluate(facts) || right.evaluate(facts)
        case .compare(let left, let op, let right):
            guard let l = left.operandValue(facts), let r = right.operandValue(facts) else { return false }
            return Self.compare(l, op, r)
        case .member(let subject, let values):
            guard let value = subject.operandValue(facts) else { return false }
            for candidate in values where Self.compare(value, .equal, candidate) { return true }
            return false
        case .score, .count:
            return false
        }
    }

    /// The value of a comparison operand, or `nil` when the lead lacks it.
    @inlinable
    func operandValue(_ facts: some LeadFacts) -> Value? {
        switch self {
        case .literal(let value): value
        case .field(let name): facts.value(of: name)
        case .score(let kind): .number(facts.score(kind))
        case .count(let activity, let window): .int(Int64(facts.count(activity: activity, windowSeconds: window)))
        default: .bool(evaluate(facts))
        }
    }

    /// `l op r`; values of different kinds (which the type-checker rules out) compare false.
    @inlinable
    static func compare(_ l: Value, _ op: ComparisonOperator, _ r: Value) -> Bool {
        switch (l, r) {
        case (.int(let x), .int(let y)): return op.holds(x, y)
        case (.int(let x), .number(let y)): return op.holds(Double(x), y)
        case (.number(let x), .int(let y)): return op.holds(x, Double(y))
        case (.number(let x), .number(let y)): return op.holds(x, y)
        case (.string(let x), .string(let y)): return op.equates(x == y)
        case (.enumCase(let x), .enumCase(let y)): return op.equates(x == y)
        case (.bool(let x), .bool(let y)): return op.equates(x == y)
        default: return false
        }
    }
}

extension ComparisonOperator {
    /// Whether `x op y` holds for ordered values (false whenever a NaN is involved).
    @inlinable
    func holds<T: Comparable>(_ x: T, _ y: T) -> Bool {
        switch self {
        case .equal: x == y
        case .notEqual: x != y && (x == x) && (y == y)
        case .less: x < y
        case .lessOrEqual: x <= y
        case .greater: x > y
        case .greaterOrEqual: x >= y
        }
    }

    /// The result of `==` or `!=` given whether the operands are equal; ordering is false.
    @inlinable
    func equates(_ equal: Bool) -> Bool {
        switch self {
        case .equal: equal
        case .notEqual: !equal
        default: false
        }
    }
}
