import LeadpactContract

/// Builds compact JSON text with keys in the order written, so reports are stable.
enum JSONText {
    /// A JSON string literal for `text`.
    static func quoted(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "\"" + text + "\""
        }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        CanonicalJSONWriter.writeString(text, into: &result)
        return result
    }

    /// An object from ordered members whose values are already JSON text.
    static func object(_ members: [(String, String)]) -> String {
        "{" + members.map { quoted($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    /// An array of JSON texts.
    static func array(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }

    /// A string or `null`.
    static func optional(_ text: String?) -> String { text.map(quoted) ?? "null" }

    /// A number or `null`.
    static func optional(_ number: Int64?) -> String { number.map { String($0) } ?? "null" }
}
