/// A breach's detail and evidence packed into one string: the detail, then for each item a
/// unit separator (U+001F), its name, a record separator (U+001E) and its value. Texts that
/// hold either separator themselves are kept apart instead.
enum BreachExplanation: Hashable, Sendable {
    case packed(String)
    case separate(String, [EvidenceItem])

    private static let item = UInt8(0x1F)
    private static let value = UInt8(0x1E)

    init(detail: String, evidence: [EvidenceItem]) {
        var packed = ""
        packed.reserveCapacity(evidence.reduce(detail.utf8.count) { $0 + $1.name.utf8.count + $1.value.utf8.count + 2 })
        packed += detail
        for entry in evidence {
            packed += "\u{1F}"
            packed += entry.name
            packed += "\u{1E}"
            packed += entry.value
        }
        // Exactly the separators added: no text holds one itself.
        let separators = packed.utf8.reduce(into: (item: 0, value: 0)) { counts, byte in
            if byte == Self.item { counts.item += 1 } else if byte == Self.value { counts.value += 1 }
        }
        self = separators == (evidence.count, evidence.count) ? .packed(packed) : .separate(detail, evidence)
    }

    var detail: String {
        switch self {
        case .separate(let detail, _): return detail
        case .packed(let text):
            let utf8 = text.utf8
            let end = utf8.firstIndex(of: Self.item) ?? utf8.endIndex
            return String(text[..<end])
        }
    }

    var evidence: [EvidenceItem] {
        switch self {
        case .separate(_, let evidence): return evidence
        case .packed(let text):
            return text.utf8.split(separator: Self.item, omittingEmptySubsequences: false).dropFirst().map { entry in
                let split = entry.firstIndex(of: Self.value) ?? entry.endIndex
                let valueStart = split == entry.endIndex ? split : entry.index(after: split)
                return EvidenceItem(String(text[entry.startIndex..<split]), String(text[valueStart..<entry.endIndex]))
            }
        }
    }
}
