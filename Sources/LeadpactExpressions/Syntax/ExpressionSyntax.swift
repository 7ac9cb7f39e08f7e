/// The untyped tree the parser builds: what was written and where, before names are resolved.
struct ExpressionSyntax: Sendable {
    /// `and` or `or`.
    enum Connective: Sendable {
        case and, or
    }

    /// What a node is.
    indirect enum Kind: Sendable {
        /// A bare name: a field, a score, or an enum value the type-checker resolves by context.
        case word(String)
        /// A numeric literal as written.
        case number(String)
        case text(String)
        case boolean(Bool)
        /// `count(activity)` or `count(activity, DURATION)`; the window already in seconds.
        case count(activity: String, activitySpan: TextSpan, windowSeconds: Int64?)
        /// `known(field)`.
        case known(field: String, fieldSpan: TextSpan)
        /// A part already reported as wrong (an unknown function, a bad duration): checked no further.
        case invalid
        case not(ExpressionSyntax)
        case connective(Connective, ExpressionSyntax, ExpressionSyntax)
        case comparison(ExpressionSyntax, ComparisonOperator, operatorSpan: TextSpan, ExpressionSyntax)
        /// `subject in [elements]`.
        case membership(ExpressionSyntax, [ExpressionSyntax])
    }

    var kind: Kind
    /// The text the node was parsed from (without enclosing parentheses).
    var span: TextSpan
}
