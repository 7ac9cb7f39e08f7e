import Foundation

/// Writes compact JSON into a `ReportBuffer`, members in the order written, so reports are
/// stable and large ones stream.
struct JSONWriter {
    /// The bytes written; callers swap their own buffer in and out.
    var buffer = ReportBuffer()
    let clock: ReportClock
    /// Whether the next value or key follows another in the same object or array.
    private var needsComma = false

    init(clock: ReportClock) {
        self.clock = clock
    }

    mutating func beginObject() { separate(); buffer.append(ascii: "{"); needsComma = false }
    mutating func endObject() { buffer.append(ascii: "}"); needsComma = true }
    mutating func beginArray() { separate(); buffer.append(ascii: "["); needsComma = false }
    mutating func endArray() { buffer.append(ascii: "]"); needsComma = true }

    /// A member's key.
    mutating func key(_ name: StaticString) {
        separate()
        buffer.append(ascii: "\"")
        buffer.append(name)
        buffer.append("\":" as StaticString)
        needsComma = false
    }

    /// A member's key that is data (a rule id, an evidence name).
    mutating func key(_ name: String) {
        separate()
        buffer.appendJSONString(name)
        buffer.append(ascii: ":")
        needsComma = false
    }

    /// A member's key given as UTF-8.
    mutating func key(utf8 name: UnsafeBufferPointer<UInt8>) {
        separate()
        buffer.appendJSONString(utf8: name)
        buffer.append(ascii: ":")
        needsComma = false
    }

    mutating func string(utf8 text: UnsafeBufferPointer<UInt8>) {
        separate()
        buffer.appendJSONString(utf8: text)
        needsComma = true
    }

    mutating func string(_ text: String) { separate(); buffer.appendJSONString(text); needsComma = true }
    mutating func string(_ text: String?) { if let text { string(text) } else { null() } }
    mutating func number(_ value: Int64) { separate(); buffer.append(value); needsComma = true }
    mutating func number(_ value: Int) { number(Int64(value)) }
    mutating func number(_ value: Int64?) { if let value { number(value) } else { null() } }
    mutating func bool(_ value: Bool) { separate(); buffer.append(value ? "true" : "false" as StaticString); needsComma = true }
    mutating func null() { separate(); buffer.append("null" as StaticString); needsComma = true }

    /// An instant as an RFC 3339 string on the report's clock.
    mutating func time(_ instant: Date) {
        separate()
        buffer.append(ascii: "\"")
        buffer.append(instant, on: clock)
        buffer.append(ascii: "\"")
        needsComma = true
    }

    mutating func time(_ instant: Date?) { if let instant { time(instant) } else { null() } }

    private mutating func separate() {
        if needsComma { buffer.append(ascii: ",") }
    }
}
