import Foundation

/// Encodes renderer output as pretty-printed JSON with sorted keys and a final newline.
enum JSONText {
    /// The JSON text of `value`.
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
        } catch {
            // Only strings and integers are encoded, which JSONEncoder always accepts.
            return "{}\n"
        }
    }
}
