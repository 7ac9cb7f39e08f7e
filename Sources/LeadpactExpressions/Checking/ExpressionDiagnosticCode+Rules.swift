public import LeadpactDiagnostics

extension ExpressionDiagnosticCode {
    /// A few words naming the problem, as in the table of docs/expressions.md.
    public var title: String {
        switch self {
        case .syntax: "syntax error"
        case .unknownField: "unknown field"
        case .unknownEnumValue: "value not in the enum"
        case .typeMismatch: "type mismatch"
        case .unknownActivity: "unknown activity"
        case .unknownFunction: "unknown function"
        case .badDuration: "bad count window"
        case .notCondition: "not a condition"
        case .numberOutOfRange: "number literal out of range"
        case .badArgument: "wrong argument"
        case .duplicateListValue: "value listed twice"
        }
    }

    /// One sentence on what the code catches.
    public var summary: String {
        switch self {
        case .syntax: "an expression is not well formed: an unexpected character or token, unclosed text or parenthesis, a chained comparison or an empty expression"
        case .unknownField: "an expression names a field that is not declared"
        case .unknownEnumValue: "an expression compares an enum field with a value the enum does not declare"
        case .typeMismatch: "an expression compares or orders values of kinds that do not go together"
        case .unknownActivity: "`count(…)` names an activity that is not declared"
        case .unknownFunction: "an expression calls a function other than `count` and `known`"
        case .badDuration: "the window of `count(…)` is business time, an unknown unit, zero, not whole or too long"
        case .notCondition: "a value stands where a condition is needed"
        case .numberOutOfRange: "a number literal does not fit a 64-bit whole number"
        case .badArgument: "a function is given an argument it does not take, such as `known(score)`"
        case .duplicateListValue: "a value is listed twice in `in [...]`"
        }
    }

    /// The code as a rule of the catalogue, pointing at the LP3xx table of docs/expressions.md.
    public var rule: DiagnosticRule {
        DiagnosticRule(code: rawValue, title: title, summary: summary,
                       documentation: "docs/expressions.md#diagnostics-lp3xx")
    }
}
