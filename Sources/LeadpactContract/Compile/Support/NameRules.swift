import LeadpactCalendar
import LeadpactDiagnostics

/// What a name declared in the contract may look like. Fields, enum values and activities
/// are written bare inside expressions, so they must be words the expression language reads
/// as names: an ASCII letter or `_`, then letters, digits or `_`, and not a word the
/// language reserves. Calendar names may also hold `-`.
enum NameRules {
    /// What is being named.
    enum Kind {
        case field, enumValue, activity, calendar

        var noun: String {
            switch self {
            case .field: "field name"
            case .enumValue: "enum value"
            case .activity: "activity name"
            case .calendar: "calendar name"
            }
        }
    }

    /// Words of the expression language that no field, enum value or activity may take.
    static let keywords: Set<String> = ["and", "or", "not", "in", "true", "false"]
    /// Built-in names of the expression language that no field or enum value may take.
    static let builtins: Set<String> = ["score", "explicit_score", "implicit_score", "count", "known"]

    /// Whether `name` is acceptable for `kind`; reports LP219 when it is not.
    static func check(_ name: String, kind: Kind, range: SourceRange, context: CompilationContext) -> Bool {
        if let problem = problem(with: name, kind: kind) {
            context.report(.invalidName, "'\(name)' is not a valid \(kind.noun): \(problem)", at: range)
            return false
        }
        return true
    }

    /// Why `name` is not acceptable for `kind`, or `nil` when it is.
    static func problem(with name: String, kind: Kind) -> String? {
        let scalars = Array(name.unicodeScalars)
        if kind == .calendar {
            let ok = !scalars.isEmpty && scalars.allSatisfy { isWordScalar($0) || $0 == "-" }
            return ok ? nil : "use letters, digits, '_' and '-'"
        }
        guard let first = scalars.first, isLetter(first) || first == "_", scalars.allSatisfy(isWordScalar) else {
            return "start with a letter or '_' and use only letters, digits and '_', so expressions can name it"
        }
        if keywords.contains(name) {
            return "'\(name)' is a word of the expression language"
        }
        if kind != .activity, builtins.contains(name) {
            return "'\(name)' is a built-in name of the expression language"
        }
        return nil
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
    }
}
