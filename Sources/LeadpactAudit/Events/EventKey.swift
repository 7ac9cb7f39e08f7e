import LeadpactCalendar

/// The top-level keys of an event line the reader knows, matched on the raw bytes so that no
/// string is built for a key.
enum EventKey: UInt8 {
    case ts, lead, type, activity, to, by, channel, reason, set, context
    /// A key the reader ignores.
    case other

    /// The key's bit in a set of keys kept as a bit mask (see `JSONEventParser.parse`).
    var bit: UInt16 { 1 << rawValue }

    /// The key spelled by `bytes` (UTF-8, escapes already resolved).
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        func spells(_ word: StaticString) -> Bool {
            word.utf8CodeUnitCount == bytes.count
                && (0..<bytes.count).allSatisfy { bytes[$0] == word.utf8Start[$0] }
        }
        switch bytes.count {
        case 2: self = spells("ts") ? .ts : spells("to") ? .to : spells("by") ? .by : .other
        case 3: self = spells("set") ? .set : .other
        case 4: self = spells("lead") ? .lead : spells("type") ? .type : .other
        case 6: self = spells("reason") ? .reason : .other
        case 7: self = spells("channel") ? .channel : spells("context") ? .context : .other
        case 8: self = spells("activity") ? .activity : .other
        default: self = .other
        }
    }
}

extension JSONCursor {
    /// Reads an object key (the cursor at its opening quote) as an `EventKey`.
    mutating func readKey() throws(JSONSyntaxError) -> EventKey {
        guard current == UInt8(ascii: "\"") else { throw fail("expected a string") }
        let start = position + 1
        let end = plainEnd(from: start)
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else {
            var text = try readString()
            return text.withUTF8 { EventKey($0) }
        }
        position = end + 1
        return EventKey(UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }

    /// Reads a string value holding a valid RFC 3339 timestamp straight into milliseconds
    /// (through `memo`, see `RFC3339.DayMemo`); `nil` (the cursor unmoved) for anything else,
    /// which the caller then reads as a value.
    mutating func readTimestamp(memo: inout RFC3339.DayMemo) -> Int64? {
        guard current == UInt8(ascii: "\"") else { return nil }
        let start = position + 1
        let end = plainEnd(from: start)
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\""),
              case .success(let millis) = RFC3339.parseMilliseconds(bytes: UnsafeBufferPointer(rebasing: bytes[start..<end]), memo: &memo)
        else { return nil }
        position = end + 1
        return millis
    }
}
