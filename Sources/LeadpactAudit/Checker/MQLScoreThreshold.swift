public import LeadpactExpressions

/// The score threshold of `stages.mql.when`: a top-level `score >= N` conjunct, and what the
/// condition asks besides it. A threshold sweep replaces `N` and keeps the rest.
public struct MQLScoreThreshold: Hashable, Sendable {
    /// `N` of `score >= N`.
    public var threshold: Double
    /// The other conjuncts, joined by `and`; `nil` when the comparison is the whole condition.
    public var rest: Expression?

    /// Splits `condition`, or `nil` when no top-level conjunct compares the total score with
    /// `>=` to a number. With several, the first is the threshold and the others stay in `rest`.
    public init?(_ condition: Expression) {
        var conjuncts: [Expression] = []
        Self.flatten(condition, into: &conjuncts)
        for (index, conjunct) in conjuncts.enumerated() {
            guard case .compare(.score(.total), .greaterOrEqual, .literal(let value)) = conjunct else { continue }
            switch value {
            case .int(let n): threshold = Double(n)
            case .number(let n): threshold = n
            default: continue
            }
            var others = conjuncts
            others.remove(at: index)
            rest = others.isEmpty ? nil : others.dropFirst().reduce(others[0]) { .and($0, $1) }
            return
        }
        return nil
    }

    private static func flatten(_ expression: Expression, into conjuncts: inout [Expression]) {
        if case .and(let left, let right) = expression {
            flatten(left, into: &conjuncts)
            flatten(right, into: &conjuncts)
        } else {
            conjuncts.append(expression)
        }
    }
}
