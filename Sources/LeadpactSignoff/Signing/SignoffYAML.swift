import LeadpactDiagnostics
import LeadpactYAML

/// The small YAML vocabulary of key, trust and sign-off files: writing a quoted scalar, and
/// reading a flat mapping of scalars with positions.
enum SignoffYAML {
    /// A double-quoted YAML scalar, escaping backslashes, quotes and control characters.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\x" + (hex.count < 2 ? "0" + hex : hex)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Whether a file holds nothing but blank lines and comments (YAML would find no document).
    static func isBlank(_ bytes: [UInt8]) -> Bool {
        String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).allSatisfy { line in
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            return trimmed.isEmpty || trimmed.hasPrefix("#")
        }
    }

    /// One scalar entry of a mapping, with where its value stands.
    struct Field {
        var value: String
        var range: SourceRange
    }

    /// Reads `node` as a mapping whose values are all scalars. Unknown keys, non-scalar values
    /// and missing `required` keys become diagnostics with `code`; `what` names the thing in
    /// messages ("sign-off entry").
    static func scalarFields(
        of node: YAMLNode, required: [String], optional: [String] = [], what: String, code: String, file: String
    ) -> (fields: [String: Field], diagnostics: [Diagnostic]) {
        guard let pairs = node.mapping else {
            let message = "expected \(what) to be a mapping, found \(node.kindDescription)"
            return ([:], [Diagnostic(code: code, severity: .error, message: message, file: file, range: node.range)])
        }
        var fields: [String: Field] = [:]
        var diagnostics: [Diagnostic] = []
        let known = required + optional
        for pair in pairs {
            let key = pair.key.scalar ?? ""
            guard known.contains(key) else {
                var message = "unknown key '\(key)' in \(what)"
                if let guess = Suggestion.closest(to: key, in: known) { message += "; did you mean '\(guess)'?" }
                diagnostics.append(Diagnostic(code: code, severity: .error, message: message, file: file, range: pair.key.range))
                continue
            }
            guard let text = pair.value.scalar, !pair.value.isNull else {
                let message = "'\(key)' in \(what) must be a single value, found \(pair.value.kindDescription)"
                diagnostics.append(Diagnostic(code: code, severity: .error, message: message, file: file, range: pair.value.range))
                continue
            }
            fields[key] = Field(value: text, range: pair.value.range)
        }
        let missing = required.filter { key in fields[key] == nil && !pairs.contains { $0.key.scalar == key } }
        if !missing.isEmpty {
            let list = missing.map { "'\($0)'" }.joined(separator: ", ")
            diagnostics.append(Diagnostic(
                code: code, severity: .error, message: "\(what) is missing \(list)", file: file, range: node.range))
        }
        return (fields, diagnostics)
    }
}
