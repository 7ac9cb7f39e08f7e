/// A scalar JSON value as the event reader needs it.
enum JSONScalar: Sendable {
    case string(String)
    case int(Int64)
    case number(Double)
    /// A whole number written past the 64-bit range, kept as written (a number field reads it
    /// as a fraction-free number; an int field cannot hold it).
    case largeInteger(String)
    case bool(Bool)
    case null
    /// An object or array where a scalar was expected.
    case composite

    /// Whether the value counts as absent: null, or a string of only white space.
    var isAbsent: Bool {
        switch self {
        case .null: true
        case .string(let text): Self.isBlank(text)
        default: false
        }
    }

    /// Whether `text` is empty or only white space; ASCII text is decided byte by byte.
    private static func isBlank(_ text: String) -> Bool {
        for byte in text.utf8 {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: continue
            case 0x80...: return text.allSatisfy(\.isWhitespace)
            default: return false
            }
        }
        return true
    }

    /// The JSON type's name, for messages.
    var typeName: String {
        switch self {
        case .string: "a string"
        case .int, .number, .largeInteger: "a number"
        case .bool: "a boolean"
        case .null: "null"
        case .composite: "an object or array"
        }
    }
}
