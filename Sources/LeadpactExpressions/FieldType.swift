/// The type of a lead attribute declared under `fields`.
public enum FieldType: Hashable, Sendable, CustomStringConvertible {
    case int
    /// A decimal number (`number` in the contract).
    case number
    case string
    case bool
    /// An enum: the allowed values, in declaration order.
    case enumeration([String])

    public var description: String {
        switch self {
        case .int: "int"
        case .number: "number"
        case .string: "string"
        case .bool: "bool"
        case .enumeration(let values): "enum [\(values.joined(separator: ", "))]"
        }
    }
}

/// What an expression may refer to: the contract's `fields` and `activities`.
public struct ExpressionEnvironment: Hashable, Sendable {
    /// Declared fields by name.
    public var fields: [String: FieldType]
    /// Declared activity names.
    public var activities: Set<String>

    /// Creates an environment.
    public init(fields: [String: FieldType], activities: Set<String>) {
        self.fields = fields
        self.activities = activities
    }
}
