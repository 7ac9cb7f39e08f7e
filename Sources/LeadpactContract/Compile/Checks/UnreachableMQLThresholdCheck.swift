import LeadpactCalendar
import LeadpactDiagnostics
import LeadpactExpressions

/// LP401: a score threshold that `stages.mql.when` requires (a `score >= N` or `score > N`
/// conjunct, or the same on `explicit_score` / `implicit_score`) must be reachable: the most
/// points attainable are every positive explicit rule at once plus, for each implicit rule
/// with positive points, points × `max` (an implicit rule without `max` is unbounded).
enum UnreachableMQLThresholdCheck: ContractCheck {
    static let sections = ["scoring", "stages"]

    static func run(on draft: ContractDraft, context: CompilationContext) {
        guard let condition = draft.conditions.first(where: { $0.path == ["stages", "mql", "when"] }) else { return }
        let explicit = Double(draft.scoring?.explicit.reduce(0) { $0 + max(0, $1.points) } ?? 0)
        let implicit = draft.scoring?.implicit.reduce(0.0) { total, rule in
            guard rule.points > 0 else { return total }
            guard let limit = rule.max else { return .infinity }
            return total + Double(rule.points) * Double(max(0, limit))
        } ?? 0
        let most: [ScoreKind: Double] = [.explicit: explicit, .implicit: implicit, .total: explicit + implicit]
        for (kind, threshold, strict) in thresholds(in: condition.expression) {
            guard let best = most[kind] else { continue }
            let reachable = strict ? best > threshold : best >= threshold
            guard !reachable else { continue }
            let written = "\(kind.rawValue) \(strict ? ">" : ">=") \(format(threshold))"
            context.report(
                .unreachableMQLThreshold,
                "no lead can become an MQL: '\(written)' needs more points than the scoring model can give (at most \(format(best)))",
                at: condition.range,
                notes: [DiagnosticNote(
                    "the most attainable is every positive explicit rule (\(format(explicit))) plus each positive implicit rule's points × max (\(format(implicit)))"
                )],
                fixIts: [FixIt("lower the threshold to at most \(format(best)), or add scoring rules")]
            )
        }
    }

    /// The `score op N` conjuncts of `expression`: kind, threshold, and whether it is strict.
    static func thresholds(in expression: Expression) -> [(ScoreKind, Double, Bool)] {
        switch expression {
        case .and(let left, let right):
            return thresholds(in: left) + thresholds(in: right)
        case .compare(.score(let kind), let op, .literal(let value)):
            return threshold(kind, op, value, reversed: false)
        case .compare(.literal(let value), let op, .score(let kind)):
            return threshold(kind, op, value, reversed: true)
        default:
            return []
        }
    }

    private static func threshold(_ kind: ScoreKind, _ op: ComparisonOperator, _ value: Value, reversed: Bool) -> [(ScoreKind, Double, Bool)] {
        let number: Double
        switch value {
        case .int(let int): number = Double(int)
        case .number(let double): number = double
        default: return []
        }
        switch (op, reversed) {
        case (.greaterOrEqual, false), (.lessOrEqual, true), (.equal, _): return [(kind, number, false)]
        case (.greater, false), (.less, true): return [(kind, number, true)]
        default: return []
        }
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
