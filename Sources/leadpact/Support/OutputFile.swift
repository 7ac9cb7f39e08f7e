import ArgumentParser
import Foundation
import LeadpactAudit

/// Where a command writes its result: a file named with `-o`, or standard output.
enum OutputFile {
    /// Writes `text` to `path`, or to standard output when `path` is `nil` or `-`.
    /// An unwritable file prints the reason and exits with status 2.
    static func write(_ text: String, to path: String?) throws {
        try stream(to: path) { $0.append(text) }
    }

    /// Streams what `produce` writes to `path` (through a temporary file renamed into place
    /// at the end, so a reader never sees half a report), or to standard output when `path`
    /// is `nil`, `-` or `/dev/stdout`. An unwritable file prints the reason and exits with
    /// status 2.
    static func stream(to path: String?, _ produce: (inout ReportBuffer) -> Void) throws {
        guard let path, path != "-", path != "/dev/stdout" else {
            var buffer = ReportBuffer { FileHandle.standardOutput.write(Data($0)) }
            produce(&buffer)
            buffer.flush()
            return
        }
        var status = stat()
        if lstat(path, &status) == 0 && status.st_mode & S_IFMT != S_IFREG && status.st_mode & S_IFMT != S_IFDIR {
            try streamDirectly(to: path, produce)  // a link, a device or a pipe, e.g. /dev/stdout
            return
        }
        let temporary = path + ".partial"
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary)
        else {
            throw fail(path, reason: String(cString: strerror(errno)))
        }
        var reason = write(to: handle, produce)
        if reason == nil && rename(temporary, path) != 0 {
            reason = String(cString: strerror(errno))
        }
        if let reason {
            try? FileManager.default.removeItem(atPath: temporary)
            throw fail(path, reason: reason)
        }
    }

    /// Streams to `path` as it is, for a link (written through), a device or a pipe, which a
    /// file renamed into place would replace.
    private static func streamDirectly(to path: String, _ produce: (inout ReportBuffer) -> Void) throws {
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw fail(path, reason: String(cString: strerror(errno)))
        }
        try? handle.truncate(atOffset: 0)  // a linked file is replaced like `>` does; a device has nothing to cut
        if let reason = write(to: handle, produce) {
            throw fail(path, reason: reason)
        }
    }

    /// Writes what `produce` writes to `handle` and closes it; why it failed, if it did.
    private static func write(to handle: FileHandle, _ produce: (inout ReportBuffer) -> Void) -> String? {
        var failure: String?
        let descriptor = handle.fileDescriptor
        var buffer = ReportBuffer { bytes in
            guard failure == nil, var next = bytes.baseAddress else { return }
            var left = bytes.count
            while left > 0 {  // straight from the buffer: no copy into a `Data` per megabyte
                let written = Foundation.write(descriptor, next, left)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else {
                    failure = String(cString: strerror(errno))
                    return
                }
                next += written
                left -= written
            }
        }
        produce(&buffer)
        buffer.flush()
        do { try handle.close() } catch { failure = failure ?? error.localizedDescription }
        return failure
    }

    /// Prints why `path` cannot be written and returns the exit status to throw.
    private static func fail(_ path: String, reason: String) -> ExitCode {
        FileHandle.standardError.write(Data("error: cannot write \(path): \(reason)\n".utf8))
        return ExitCode(2)
    }
}
