import Foundation

/// Reads a file in 1 MiB blocks and hands out its lines (without `\n` or `\r\n`) from one
/// reused buffer, so memory stays flat however large the file is.
struct LineReader {
    /// The block size read at a time.
    static let blockSize = 1 << 20

    /// Calls `body` with each line's bytes and 1-based line number.
    static func forEachLine(
        path: String, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void
    ) throws(AuditError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw AuditError.unreadableFile(path: path, reason: Self.reason(path))
        }
        defer { try? handle.close() }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(blockSize * 2)
        var lineNumber = 0
        while true {
            let block: Data
            do {
                guard let data = try handle.read(upToCount: blockSize), !data.isEmpty else { break }
                block = data
            } catch {
                throw AuditError.unreadableFile(path: path, reason: error.localizedDescription)
            }
            buffer.append(contentsOf: block)
            let consumed = buffer.withUnsafeBufferPointer { all -> Int in
                var start = 0
                while let newline = Self.index(of: 0x0A, in: all, from: start) {
                    lineNumber += 1
                    body(Self.trimmed(all, start, newline), lineNumber)
                    start = newline + 1
                }
                return start
            }
            buffer.removeFirst(consumed)
        }
        if !buffer.isEmpty {
            lineNumber += 1
            buffer.withUnsafeBufferPointer { body(Self.trimmed($0, 0, $0.count), lineNumber) }
        }
    }

    private static func index(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress else { return nil }
        guard let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UnsafeBufferPointer<UInt8> {
        var end = end
        if end > start && bytes[end - 1] == 0x0D { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    private static func reason(_ path: String) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return "no such file" }
        return isDirectory.boolValue ? "it is a directory" : "permission denied"
    }

    /// Whether a line holds only spaces and tabs.
    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}
