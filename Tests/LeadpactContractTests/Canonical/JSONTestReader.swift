import Foundation

/// Reads JSON text in tests, to check that what the canonical writer produced is valid JSON.
enum JSONTestReader {
    struct NotAnObject: Error {}

    /// Parses `text` and returns its top-level object.
    static func object(_ text: String) throws -> [String: Any] {
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        guard let object = parsed as? [String: Any] else { throw NotAnObject() }
        return object
    }
}
