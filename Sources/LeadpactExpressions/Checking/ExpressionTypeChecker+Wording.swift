extension ExpressionTypeChecker {
    /// Whether values of `type` are numbers.
    static func isNumeric(_ type: FieldType) -> Bool { type == .int || type == .number }

    /// A type's name in messages.
    static func typeName(_ type: FieldType) -> String {
        switch type {
        case .int: "int"
        case .number: "number"
        case .string: "text"
        case .bool: "true/false"
        case .enumeration(let values): "one of \(values.joined(separator: ", "))"
        }
    }

    /// A type's name with its article: "an int", "text".
    static func article(_ type: FieldType) -> String {
        switch type {
        case .int: "an int"
        case .number: "a number"
        case .string: "text"
        case .bool: "true/false"
        case .enumeration: "an enum value"
        }
    }

    /// How to turn a value of `type` into a condition.
    static func conditionHint(for written: String, type: FieldType) -> String {
        switch type {
        case .int, .number: "compare it, e.g. \(written) > 0"
        case .string: "compare it, e.g. \(written) == 'text'"
        case .enumeration(let values): "compare it, e.g. \(written) == \(values.first ?? "value")"
        case .bool: "it is already a condition"
        }
    }

    /// Why `<` and friends do not apply to `type`, and what to write instead.
    static func orderingHint(for type: FieldType, written: String) -> String {
        switch type {
        case .enumeration(let values):
            "enum values have no order; list the ones you mean: \(written) in [\(values.suffix(2).joined(separator: ", "))]"
        case .string: "text can only be compared with == or !="
        default: "true/false can only be compared with == or !="
        }
    }
}

extension ComparisonOperator {
    /// The operator with its operands swapped: `5 < x` is `x > 5`.
    var mirrored: ComparisonOperator {
        switch self {
        case .equal, .notEqual: self
        case .less: .greater
        case .lessOrEqual: .greaterOrEqual
        case .greater: .less
        case .greaterOrEqual: .lessOrEqual
        }
    }
}

extension Value {
    /// The type a literal of this value has.
    var fieldType: FieldType {
        switch self {
        case .int: .int
        case .number: .number
        case .string: .string
        case .bool: .bool
        case .enumCase(let name): .enumeration([name])
        }
    }

    /// The value as a number, when it is one.
    var numericValue: Double? {
        switch self {
        case .int(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }
}
