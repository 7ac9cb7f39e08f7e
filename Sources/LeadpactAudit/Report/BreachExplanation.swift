/// A breach's detail and evidence packed into one string: the detail, then for each item a
/// unit separator (U+001F), its name, a record separator (U+001E) and its value. Texts that
/// hold either separator themselves are kept apart instead.
enum BreachExplanation: Hashable, Sendable {
    case packed(String)
    case separate(String, [EvidenceItem])

    private static let item = UInt8(0x1F)
    private static let value = UInt8(0x1E)

    init(detail: String, evidence: [EvidenceItem]) {
        let texts = CollectionOfOne(detail) + evidence.flatMap { [$0.name, $0.value] }
        guard !texts.contains(where: { $0.utf8.contains { $0 == Self.item || $0 == Self.value } }) else {
            self = .separate(detail, evidence)
            return
        }
        var packed = detail
        packed.reserveCapacity(texts.reduce(evidence.count * 2) { $0 + $1.utf8.count })
        for entry in evidence {
            packed.unicodeScalars.append("\u{1F}")
            packed += entry.name
            packed.unicodeScalars.append("\u{1E}")
            packed += entry.value
        }
        self = .packed(packed)
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
