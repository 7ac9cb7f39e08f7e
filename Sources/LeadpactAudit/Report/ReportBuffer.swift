import Foundation
import LeadpactContract

/// The bytes of a report as a renderer writes them: kept whole for `render`, or handed to a
/// sink a megabyte at a time, so a report of a million breaches never sits in memory at once.
public struct ReportBuffer {
    /// Bytes written and not yet handed to the sink.
    private(set) var bytes: [UInt8] = []
    private let sink: ((UnsafeBufferPointer<UInt8>) -> Void)?
    /// How many bytes are gathered before they go to the sink.
    private static let flushSize = 1 << 20

    /// A buffer that keeps everything, for `text`.
    public init() {
        sink = nil
    }

    /// A buffer that hands its bytes to `sink` in order, in pieces of about a megabyte;
    /// call `flush()` after the last write.
    public init(sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        self.sink = sink
        bytes.reserveCapacity(Self.flushSize + 4096)
    }

    /// What was written, as text (everything, for a buffer without a sink).
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Hands what is gathered to the sink.
    public mutating func flush() {
        guard let sink, !bytes.isEmpty else { return }
        bytes.withUnsafeBufferPointer { sink($0) }
        bytes.removeAll(keepingCapacity: true)
    }

    /// Appends text as UTF-8.
    public mutating func append(_ text: String) {
        bytes.append(text)
        flushIfFull()
    }

    /// Appends literal text.
    mutating func append(_ text: StaticString) {
        bytes.append(text)
    }

    /// Appends one ASCII character.
    mutating func append(ascii character: Unicode.Scalar) {
        bytes.append(UInt8(ascii: character))
    }

    /// Appends a decimal integer.
    mutating func append(_ number: Int64) {
        bytes.appendDecimal(number)
    }

    /// Appends an instant in RFC 3339 on `clock`.
    mutating func append(_ instant: Date, on clock: ReportClock) {
        clock.write(instant, into: &bytes)
    }

    /// Appends a JSON string literal for `text`.
    mutating func appendJSONString(_ text: String) {
        var text = text
        text.withUTF8 { appendJSONString(utf8: $0) }
    }

    /// Appends a JSON string literal for the text spelled by `utf8`.
    mutating func appendJSONString(utf8: UnsafeBufferPointer<UInt8>) {
        if ByteScan.firstSpecial(in: utf8, from: 0, nonASCII: false) < utf8.count {
            var escaped = ""
            CanonicalJSONWriter.writeString(String(decoding: utf8, as: UTF8.self), into: &escaped)
            append(escaped)
        } else {
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: utf8)
            bytes.append(UInt8(ascii: "\""))
        }
        flushIfFull()
    }

    /// Appends `count` items, `separator` between them, rendered a chunk at a time on every
    /// core: `render` writes the items of one range of indices into the buffer it is given.
    /// Chunks are joined in order, a few per core at a time, so memory stays bounded; with a
    /// sink, one round's chunks are handed to it while the next round is rendered.
    mutating func appendInParallel(
        count: Int, separator: StaticString, chunk: Int = 2048, _ render: @Sendable (Range<Int>, inout ReportBuffer) -> Void
    ) {
        let perRound = ProcessInfo.processInfo.activeProcessorCount * 4
        let output = sink.map(SendableSink.init)
        if output != nil { flush() }
        var rendered: [[UInt8]] = []  // rendered and not yet handed over
        var start = 0
        var bytesPerItem = 64  // the most a chunk took so far, per item, to size each chunk's buffer at once
        while start < count || !rendered.isEmpty {
            let roundStart = start
            let chunks = min(perRound, (count - start + chunk - 1) / chunk)
            let waiting = output == nil ? [] : rendered
            let writers = waiting.isEmpty ? 0 : 1
            let reserved = bytesPerItem * 9 / 8
            let round = ParallelWork.map(chunks + writers) { index -> [UInt8] in
                if index < writers {
                    for bytes in waiting { bytes.withUnsafeBufferPointer { output?.sink($0) } }
                    return []
                }
                var piece = ReportBuffer()
                let from = roundStart + (index - writers) * chunk
                let items = from..<min(count, from + chunk)
                piece.bytes.reserveCapacity(items.count * reserved + 64)
                if from > 0 { piece.append(separator) }
                render(items, &piece)
                return piece.bytes
            }
            if let largest = round.dropFirst(writers).map(\.count).max() {
                bytesPerItem = max(bytesPerItem, largest / chunk)
            }
            if output == nil {
                for bytes in rendered { self.bytes.append(contentsOf: bytes) }
            }
            rendered = Array(round.dropFirst(writers))
            start = min(count, start + chunks * chunk)
        }
    }

    /// The sink, handed to the core that writes one round while the others render the next;
    /// only one core uses it at a time.
    private struct SendableSink: @unchecked Sendable {
        let sink: (UnsafeBufferPointer<UInt8>) -> Void
    }

    private mutating func flushIfFull() {
        if sink != nil && bytes.count >= Self.flushSize { flush() }
    }
}
