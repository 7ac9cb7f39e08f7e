/// Interns strings to dense `Int32` ids so events store numbers, not text.
///
/// Strings are told apart by their exact UTF-8 bytes, not by Swift's canonical equivalence:
/// the brief compares reasons (and so lead ids, channels and keys) exactly as written, so
/// `café` spelt with a combining accent is not the reason `café` spelt with one scalar.
struct StringTable: Sendable {
    private var ids: [ExactText: Int32] = [:]
    /// Strings by id.
    private(set) var strings: [String] = []

    /// The id of `text`, adding it when new.
    mutating func intern(_ text: String) -> Int32 {
        if let id = ids[ExactText(text)] { return id }
        let id = Int32(truncatingIfNeeded: strings.count)
        strings.append(text)
        ids[ExactText(text)] = id
        return id
    }

    /// The id of `text` if it has been interned.
    func id(of text: String) -> Int32? { ids[ExactText(text)] }

    /// The string with `id`.
    subscript(id: Int32) -> String { strings[Int(id)] }

    /// How many strings are interned.
    var count: Int { strings.count }
}

/// A string compared and hashed by its UTF-8 bytes.
private struct ExactText: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (lhs: ExactText, rhs: ExactText) -> Bool {
        lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
