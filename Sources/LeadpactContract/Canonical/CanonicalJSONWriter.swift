/// Writes a `CanonicalJSON` value as text, byte for byte the same for equal values.
///
/// Rules (they define the digest, so they never change within an IR version):
/// - object keys in ascending order of their UTF-8 bytes;
/// - strings escaped per RFC 8259 with the fewest escapes: `\"`, `\\`, `\b`, `\f`, `\n`, `\r`,
///   `\t`, other control characters below U+0020 as `\u00xx` (lowercase hex), everything else
///   as its UTF-8 bytes;
/// - numbers as `CanonicalNumberFormatter` prints them;
/// - compact: no whitespace at all; pretty: two-space indentation, `": "` after keys,
///   empty arrays and objects as `[]` and `{}`, no trailing newline.
public struct CanonicalJSONWriter: Sendable {
    /// Spaces per nesting level; `nil` writes the compact form.
    public var indent: Int?

    /// The compact form, the one the digest is computed over.
    public static let compact = CanonicalJSONWriter(indent: nil)
    /// The readable form `leadpact compile` prints.
    public static let pretty = CanonicalJSONWriter(indent: 2)

    /// Creates a writer; `indent` spaces per level, or `nil` for the compact form.
    public init(indent: Int?) {
        self.indent = indent.map { Swift.max(0, $0) }
    }

    /// The text of `value`.
    public func write(_ value: CanonicalJSON) -> String {
        var output = ""
        write(value, depth: 0, into: &output)
        return output
    }

    private func write(_ value: CanonicalJSON, depth: Int, into output: inout String) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .int(let number): output += String(number)
        case .number(let number): output += CanonicalNumberFormatter.format(number)
        case .string(let text): Self.writeString(text, into: &output)
        case .array(let items):
            guard !items.isEmpty else { output += "[]"; return }
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                newline(depth: depth + 1, into: &output)
                write(item, depth: depth + 1, into: &output)
            }
            newline(depth: depth, into: &output)
            output += "]"
        case .object(let members):
            guard !members.isEmpty else { output += "{}"; return }
            output += "{"
            let keys = members.keys.sorted(by: CanonicalJSON.utf8Ascending)
            for (index, key) in keys.enumerated() {
                if index > 0 { output += "," }
                newline(depth: depth + 1, into: &output)
                Self.writeString(key, into: &output)
                output += indent == nil ? ":" : ": "
                if let member = members[key] {
                    write(member, depth: depth + 1, into: &output)
                }
            }
            newline(depth: depth, into: &output)
            output += "}"
        }
    }

    private func newline(depth: Int, into output: inout String) {
        guard let indent else { return }
        output += "\n"
        output += String(repeating: " ", count: indent * depth)
    }

    /// Appends `text` as a JSON string literal (RFC 8259 escapes, nothing else escaped).
    public static func writeString(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
