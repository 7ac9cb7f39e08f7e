import LeadpactExpressions
import LeadpactContract

/// How a new condition relates to an old one, as far as their shapes tell: a raised
/// threshold (`score >= 100` → `score >= 120`), a shorter value list, an extra `and` clause.
enum ConditionComparison: Equatable {
    /// The two conditions are the same.
    case same
    /// Fewer leads meet the new one.
    case stricter
    /// More leads meet the new one.
    case laxer
    /// Neither: the conditions differ in another way.
    case different

    /// Compares two type-checked conditions. Conditions with one canonical form (the form the
    /// digest covers: `and`/`or` clauses in any order or grouping) are the same.
    static func between(_ old: Expression, _ new: Expression) -> ConditionComparison {
        if old == new || old.canonicalJSON == new.canonicalJSON { return .same }
        switch (old, new) {
        case (.not(let a), .not(let b)):
            return between(a, b).inverted
        case (.compare(let left, let op, .literal(let a)), .compare(let newLeft, let newOp, .literal(let b)))
            where left == newLeft:
            return threshold(op, a, newOp, b)
        case (.member(let subject, let a), .member(let newSubject, let b)) where subject == newSubject:
            let (before, after) = (Set(a), Set(b))
            if after.isSubset(of: before) { return .stricter }
            if after.isSuperset(of: before) { return .laxer }
            return .different
        default:
            break
        }
        let (oldAll, newAll) = (old.conjuncts, new.conjuncts)
        if oldAll.count > 1 || newAll.count > 1 {
            return clauses(oldAll, newAll, moreClauses: .stricter)
        }
        let (oldAny, newAny) = (old.disjuncts, new.disjuncts)
        if oldAny.count > 1 || newAny.count > 1 {
            return clauses(oldAny, newAny, moreClauses: .laxer)
        }
        return .different
    }

    /// The verdict read the other way round (for `not`).
    var inverted: ConditionComparison {
        switch self {
        case .stricter: .laxer
        case .laxer: .stricter
        case .same, .different: self
        }
    }

    /// `and`/`or` chains: an added clause is `moreClauses`; chains of equal length compare clause by clause.
    private static func clauses(
        _ old: [Expression], _ new: [Expression], moreClauses: ConditionComparison
    ) -> ConditionComparison {
        let (before, after) = (Set(old), Set(new))
        if before.isSubset(of: after) && before != after { return moreClauses }
        if after.isSubset(of: before) && before != after { return moreClauses.inverted }
        guard old.count == new.count else { return .different }
        return zip(old, new).reduce(ConditionComparison.same) { $0.combined(with: between($1.0, $1.1)) }
    }

    /// `subject OP a` against `subject OP' b` with numeric literals.
    private static func threshold(
        _ op: ComparisonOperator, _ a: Value, _ newOp: ComparisonOperator, _ b: Value
    ) -> ConditionComparison {
        guard let x = a.numeric, let y = b.numeric else { return .different }
        switch (op, newOp) {
        case (.greaterOrEqual, .greaterOrEqual), (.greater, .greater):
            return y > x ? .stricter : .laxer
        case (.lessOrEqual, .lessOrEqual), (.less, .less):
            return y < x ? .stricter : .laxer
        case (.greaterOrEqual, .greater) where x == y: return .stricter
        case (.greater, .greaterOrEqual) where x == y: return .laxer
        case (.lessOrEqual, .less) where x == y: return .stricter
        case (.less, .lessOrEqual) where x == y: return .laxer
        default: return .different
        }
    }

    /// Two clause verdicts together: agreeing ones stand, disagreeing ones are `different`.
    private func combined(with other: ConditionComparison) -> ConditionComparison {
        switch (self, other) {
        case (.same, _): other
        case (_, .same): self
        case _ where self == other: self
        default: .different
        }
    }
}

extension Expression {
    /// The clauses of an `and` chain (the expression itself when it is no `and`).
    fileprivate var conjuncts: [Expression] {
        if case .and(let a, let b) = self { return a.conjuncts + b.conjuncts }
        return [self]
    }

    /// The clauses of an `or` chain (the expression itself when it is no `or`).
    fileprivate var disjuncts: [Expression] {
        if case .or(let a, let b) = self { return a.disjuncts + b.disjuncts }
        return [self]
    }
}

extension Value {
    /// The value as a number, for comparing thresholds.
    fileprivate var numeric: Double? {
        switch self {
        case .int(let v): Double(v)
        case .number(let v): v
        default: nil
        }
    }
}
