/// A breach's detail and evidence packed into one string: the detail, then for each item a
/// unit separator (U+001F), its name, a record separator (U+001E) and its value. Texts that
/// hold either separator themselves are kept apart instead.
enum BreachExplanation: Hashable, Sendable {
    case packed(String)
    case separate(String, [EvidenceItem])

    static let item = UInt8(0x1F)
    static let value = UInt8(0x1E)

    init(detail: String, evidence: [EvidenceItem]) {
        var builder = Builder()
        builder.append(detail)
        for entry in evidence {
            builder.item(entry.name)
            builder.append(entry.value)
        }
        self = builder.explanation()
    }

    /// Hands the detail's UTF-8 to `detail`, then each evidence item's name and value to
    /// `item`, in order, without building a string.
    func visit(
        detail: (UnsafeBufferPointer<UInt8>) -> Void,
        item: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void
    ) {
        guard case .packed(let text) = self,
              let done: Void = text.utf8.withContiguousStorageIfAvailable({ Self.visit($0, detail: detail, item: item) })
        else {
            var text = self.detail
            text.withUTF8 { detail($0) }
            for entry in evidence {
                var name = entry.name, value = entry.value
                name.withUTF8 { name in value.withUTF8 { item(name, $0) } }
            }
            return
        }
        _ = done
    }

    private static func visit(
        _ bytes: UnsafeBufferPointer<UInt8>, detail: (UnsafeBufferPointer<UInt8>) -> Void,
        item: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void
    ) {
        var end = bytes.firstIndex(of: Self.item) ?? bytes.count
        detail(UnsafeBufferPointer(rebasing: bytes[0..<end]))
        while end < bytes.count {
            let start = end + 1
            end = bytes[start...].firstIndex(of: Self.item) ?? bytes.count
            let split = bytes[start..<end].firstIndex(of: Self.value) ?? end
            item(UnsafeBufferPointer(rebasing: bytes[start..<split]),
                 UnsafeBufferPointer(rebasing: bytes[min(split + 1, end)..<end]))
        }
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
