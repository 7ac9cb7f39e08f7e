import LeadpactExpressions

/// Says in words why an expression is false for a lead, naming the values that fail:
/// `score 85 < 100`, `seniority manager not in [director, vp, cxo]`, `company_size unknown`.
struct ExpressionExplainer {
    /// The failing parts of `expression` (empty when it holds).
    static func failures(of expression: Expression, facts: LeadState) -> [String] {
        guard !expression.evaluate(facts) else { return [] }
        switch expression {
        case .and(let left, let right):
            return failures(of: left, facts: facts) + failures(of: right, facts: facts)
        case .compare(let left, let op, let right):
            guard let actual = describeValue(left, facts: facts) else {
                return ["\(left.sourceText) unknown (needs \(expression.sourceText))"]
            }
            if case .literal(let literal) = right {
                return ["\(left.sourceText) \(actual) \(negated(op)) \(literal.description)"]
            }
            return ["\(left.sourceText) \(actual) (needs \(expression.sourceText))"]
        case .member(let subject, let values):
            guard let actual = describeValue(subject, facts: facts) else {
                return ["\(subject.sourceText) unknown (needs \(expression.sourceText))"]
            }
            return ["\(subject.sourceText) \(actual) not in [\(values.map(\.description).joined(separator: ", "))]"]
        case .field(let name):
            return [facts.value(of: name) == nil ? "\(name) unknown" : "\(name) false"]
        case .known(let name):
            return ["\(name) unknown"]
        default:
            return ["not \(expression.sourceText)"]
        }
    }

    /// The failing parts joined for a detail line.
    static func explain(_ expression: Expression, facts: LeadState) -> String {
        failures(of: expression, facts: facts).joined(separator: "; ")
    }

    private static func describeValue(_ operand: Expression, facts: LeadState) -> String? {
        switch operand {
        case .field(let name): facts.value(of: name)?.description
        case .score(let kind): formatScore(facts.score(kind))
        case .count(let activity, let window): String(facts.count(activity: activity, windowSeconds: window))
        case .literal(let value): value.description
        default: String(operand.evaluate(facts))
        }
    }

    /// A score cut (not rounded) to two decimals, so a failing `>= 100` never shows `100`:
    /// `85`, `97.5`, `99.99`.
    static func formatScore(_ score: Double) -> String {
        guard score.isFinite, abs(score) < 1e12 else { return String(score) }
        let hundredths = (score * 100).rounded(.down)
        let whole = Int64(hundredths)
        if whole % 100 == 0 { return String(whole / 100) }
        return String(hundredths / 100)
    }

    private static func negated(_ op: ComparisonOperator) -> String {
        switch op {
        case .equal: "!="
        case .notEqual: "=="
        case .less: ">="
        case .lessOrEqual: ">"
        case .greater: "<="
        case .greaterOrEqual: "<"
        }
    }
}
