/// The stable codes of the diagnostics about expressions (`LP3xx`), listed in docs/expressions.md.
public enum ExpressionDiagnosticCode: String, CaseIterable, Sendable {
    /// The text is not a well-formed expression: an unexpected character or token, an unclosed
    /// string or parenthesis, an empty expression.
    case syntax = "LP301"
    /// A name that is neither a declared field nor a score.
    case unknownField = "LP302"
    /// A value that the enum field it is compared with does not declare.
    case unknownEnumValue = "LP303"
    /// Operands or an operator that do not fit together, e.g. `region < emea` or `title == 5`.
    case typeMismatch = "LP304"
    /// `count(…)` of an activity the contract does not declare.
    case unknownActivity = "LP305"
    /// A call of a function other than `count` and `known`.
    case unknownFunction = "LP306"
    /// A count window that is not a wall-clock duration of at least one minute.
    case badDuration = "LP307"
    /// Something that is not true or false where a condition is needed.
    case notCondition = "LP308"
    /// A number literal too large to represent.
    case numberOutOfRange = "LP309"
    /// A function called with the wrong arguments, e.g. `known(score)`.
    case badArgument = "LP310"
    /// A value listed twice in `in [...]` (a warning).
    case duplicateListValue = "LP311"
}
