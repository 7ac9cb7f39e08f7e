import Foundation

/// Reads a file, or a byte range of it, in 1 MiB blocks and hands out its lines (without
/// `\n` or `\r\n`) from one reused buffer, so memory stays flat however large the file is.
struct LineReader {
    /// The block size read at a time.
    static let blockSize = 1 << 20

    /// Calls `body` with each line's bytes and 1-based line number (counted from the start of
    /// `range`, which must start at the beginning of a line), and returns how many lines there
    /// were, blank ones included. Without a range the file is read to its end with `read`, so
    /// a pipe works too.
    @discardableResult
    static func forEachLine(
        path: String, in range: Range<Int>? = nil, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void
    ) throws(AuditError) -> Int {
        let file = try open(path)
        defer { close(file) }
        var offset = range?.lowerBound ?? 0
        let end = range?.upperBound ?? Int.max
        var buffer = [UInt8](repeating: 0, count: blockSize * 2)
        var kept = 0  // bytes of an unfinished line at the start of `buffer`
        var lineNumber = 0
        while offset < end {
            if buffer.count - kept < blockSize {
                buffer.append(contentsOf: repeatElement(0, count: buffer.count))  // a very long line
            }
            let wanted = min(buffer.count - kept, end - offset)
            let got = try read(file, path: path, into: &buffer, at: kept, count: wanted, offset: range == nil ? nil : offset)
            if got == 0 { break }
            offset += got
            let filled = kept + got
            let consumed = buffer.withUnsafeBufferPointer { all -> Int in
                let filledPart = UnsafeBufferPointer(rebasing: all[0..<filled])
                var start = 0
                while let newline = Self.index(of: 0x0A, in: filledPart, from: start) {
                    lineNumber += 1
                    body(Self.trimmed(filledPart, start, newline), lineNumber)
                    start = newline + 1
                }
                return start
            }
            kept = filled - consumed
            if kept > 0 && consumed > 0 {
                buffer.withUnsafeMutableBytes { raw in
                    guard let base = raw.baseAddress else { return }
                    _ = memmove(base, base + consumed, kept)
                }
            }
        }
        if kept > 0 {
            lineNumber += 1
            buffer.withUnsafeBufferPointer { body(Self.trimmed($0, 0, kept), lineNumber) }
        }
        return lineNumber
    }

    /// Calls `body` with each line of `contents` (a whole file's bytes) as `forEachLine(path:)`
    /// would with the file; returns how many lines there were.
    @discardableResult
    static func forEachLine(of contents: [UInt8], _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) -> Int {
        contents.withUnsafeBufferPointer { all in
            var start = 0
            var lineNumber = 0
            while let newline = index(of: 0x0A, in: all, from: start) {
                lineNumber += 1
                body(trimmed(all, start, newline), lineNumber)
                start = newline + 1
            }
            if start < all.count {
                lineNumber += 1
                body(trimmed(all, start, all.count), lineNumber)
            }
            return lineNumber
        }
    }

    /// The whole of a file (or what a pipe gives), read once.
    static func contents(path: String) throws(AuditError) -> [UInt8] {
        var contents: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: blockSize)
        let file = try open(path)
        defer { close(file) }
        while true {
            let got = try read(file, path: path, into: &buffer, at: 0, count: blockSize, offset: nil)
            if got == 0 { return contents }
            contents += buffer[0..<got]
        }
    }

    /// The file cut into at most `count` byte ranges of about equal size, each starting at the
    /// beginning of a line; one range for a file under `minimumPart` bytes a part, and `nil`
    /// (read it whole, in order) for what is not a regular file, such as a pipe.
    static func split(path: String, into count: Int, minimumPart: Int) throws(AuditError) -> [Range<Int>]? {
        var status = stat()
        guard stat(path, &status) == 0 else { throw unreadable(path, reason: reason(path)) }
        guard status.st_mode & S_IFMT == S_IFREG else { return nil }  // not opened: a pipe is read once
        let file = try open(path)
        defer { close(file) }
        let size = Int(status.st_size)
        let parts = max(1, min(count, size / max(1, minimumPart)))
        guard parts > 1 else { return [0..<size] }
        var cuts = [0]
        var probe = [UInt8](repeating: 0, count: 64 << 10)
        for part in 1..<parts {
            var position = max(size / parts * part, cuts[cuts.count - 1])
            while position < size {
                let got = try read(file, path: path, into: &probe, at: 0, count: probe.count, offset: position)
                if got == 0 { position = size; break }
                if let newline = probe[0..<got].firstIndex(of: 0x0A) {
                    position += newline + 1
                    break
                }
                position += got
            }
            if position > cuts[cuts.count - 1] && position < size { cuts.append(position) }
        }
        cuts.append(size)
        return zip(cuts, cuts.dropFirst()).map { $0..<$1 }
    }

    private static func open(_ path: String) throws(AuditError) -> Int32 {
        let file = Foundation.open(path, O_RDONLY)
        guard file >= 0 else { throw unreadable(path, reason: reason(path)) }
        return file
    }

    /// Reads up to `count` bytes at `offset` (or where the file stands, without one) into
    /// `buffer[at...]`; 0 at the end of the file.
    private static func read(
        _ file: Int32, path: String, into buffer: inout [UInt8], at start: Int, count: Int, offset: Int?
    ) throws(AuditError) -> Int {
        while true {
            let got = buffer.withUnsafeMutableBytes { raw in
                if let offset { return pread(file, raw.baseAddress! + start, count, off_t(offset)) }
                return Foundation.read(file, raw.baseAddress! + start, count)
            }
            if got >= 0 { return got }
            if errno == EINTR { continue }
            throw unreadable(path, reason: errno == EISDIR ? reason(path) : String(cString: strerror(errno)))
        }
    }

    private static func unreadable(_ path: String, reason: String) -> AuditError {
        AuditError.unreadableFile(path: path, reason: reason)
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
