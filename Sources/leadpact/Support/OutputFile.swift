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
        let failure = write(to: handle, produce)
        var reason = failure?.localizedDescription
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
        if let failure = write(to: handle, produce) {
            throw fail(path, reason: failure.localizedDescription)
        }
    }

    /// Writes what `produce` writes to `handle` and closes it; the first error, if any.
    private static func write(to handle: FileHandle, _ produce: (inout ReportBuffer) -> Void) -> (any Error)? {
        var failure: (any Error)?
        var buffer = ReportBuffer { bytes in
            guard failure == nil else { return }
            do { try handle.write(contentsOf: Data(bytes)) } catch { failure = error }
        }
        produce(&buffer)
        buffer.flush()
        do { try handle.close() } catch { failure = failure ?? error }
        return failure
    }

    /// Prints why `path` cannot be written and returns the exit status to throw.
    private static func fail(_ path: String, reason: String) -> ExitCode {
        FileHandle.standardError.write(Data("error: cannot write \(path): \(reason)\n".utf8))
        return ExitCode(2)
    }
}
