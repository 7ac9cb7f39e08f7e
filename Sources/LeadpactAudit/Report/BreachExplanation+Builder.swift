extension BreachExplanation {
    /// Writes a breach's detail, then its evidence items, into one reused byte buffer, so an
    /// explanation costs one string however many pieces it is written in.
    struct Builder {
        /// The detail and items written since the last `reset()`, packed.
        private(set) var bytes: [UInt8] = []
        /// Where each item's name and value start in `bytes`.
        private var marks: [(name: Int, value: Int)] = []

        /// Starts a new explanation, keeping the storage.
        mutating func reset() {
            bytes.removeAll(keepingCapacity: true)
            marks.removeAll(keepingCapacity: true)
        }

        mutating func append(_ text: StaticString) { bytes.append(text) }
        mutating func append(_ text: String) { bytes.append(text) }

        /// Appends an instant in RFC 3339 on `clock`.
        mutating func append(time millis: Int64, on clock: ReportClock) {
            clock.write(epochMillis: millis, into: &bytes)
        }

        /// Appends what `write` writes.
        mutating func append(_ write: (inout [UInt8]) -> Void) { write(&bytes) }

        /// Starts an evidence item named `name`: what is appended next is its value.
        mutating func item(_ name: String) {
            bytes.append(BreachExplanation.item)
            let nameStart = bytes.count
            bytes.append(name)
            bytes.append(BreachExplanation.value)
            marks.append((nameStart, bytes.count))
        }

        /// The explanation written since the last `reset()`.
        func explanation() -> BreachExplanation {
            var separators = 0
            for byte in bytes where byte == BreachExplanation.item || byte == BreachExplanation.value { separators += 1 }
            if separators == marks.count * 2 { return .packed(String(decoding: bytes, as: UTF8.self)) }
            // Exactly the separators `item` wrote, or some text holds one itself: then the parts
            // are kept apart.
            func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
            let detail = text(0..<(marks.first.map { $0.name - 1 } ?? bytes.count))
            let evidence = marks.indices.map { index in
                let end = index + 1 < marks.count ? marks[index + 1].name - 1 : bytes.count
                return EvidenceItem(text(marks[index].name..<(marks[index].value - 1)), text(marks[index].value..<end))
            }
            return .separate(detail, evidence)
        }
    }
}
