/// A typed literal or attribute value.
public enum Value: Hashable, Sendable, CustomStringConvertible {
    case int(Int64)
    case number(Double)
    case string(String)
    case bool(Bool)
    /// A value of an enum field, resolved by the type-checker from a bare word.
    case enumCase(String)

    public var description: String {
        switch self {
        case .int(let v): String(v)
        case .number(let v): String(v)
        case .string(let v): "'\(v)'"
        case .bool(let v): v ? "true" : "false"
        case .enumCase(let v): v
        }
    }
}

/// Which part of the lead score an expression reads.
public enum ScoreKind: String, Hashable, Sendable {
    /// `score`: explicit + implicit.
    case total = "score"
    /// `explicit_score`.
    case explicit = "explicit_score"
    /// `implicit_score`.
    case implicit = "implicit_score"
}

/// A comparison operator.
public enum ComparisonOperator: String, Hashable, Sendable, CaseIterable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}

/// A type-checked expression from a `when`, `if` or `where`: the form the checker evaluates
/// and the compiled rules serialise. Enum values are resolved, names are known to exist.
public indirect enum Expression: Hashable, Sendable {
    case literal(Value)
    /// A lead attribute declared under `fields`.
    case field(String)
    case score(ScoreKind)
    /// `count(activity)` or `count(activity, DURATION)`; `window` in seconds, `nil` = all time.
    case count(activity: String, windowSeconds: Int64?)
    /// `known(field)`: the lead has a value for the field.
    case known(String)
    case not(Expression)
    case and(Expression, Expression)
    case or(Expression, Expression)
    case compare(Expression, ComparisonOperator, Expression)
    /// `subject in [values…]`.
    case member(Expression, [Value])
}
