import Foundation
import LeadpactAudit

/// Where a command writes its result: a file named with `-o`, or standard output.
///
/// A file is written through a temporary file of its own beside it, renamed into place at the
/// end, so a reader never sees half a result and runs writing the same file at once never
/// share one. A failed write prints `error: cannot write NAME: REASON` and exits with status 2.
struct OutputFile {
    /// The file, or `nil` for standard output.
    let path: String?

    /// The output named by `-o PATH`: standard output when `path` is `nil`, `-` or
    /// `/dev/stdout`. A file that is one of `inputs`, the files the command reads, is refused
    /// (see `refuseInputs`) before anything is read or written.
    init(_ path: String?, inputs: [String]) throws {
        guard let path, path != "-", path != "/dev/stdout" else {
            self.path = nil
            return
        }
        try Self.refuseInputs(path, inputs)
        self.path = path
    }

    /// Writes `text`.
    func write(_ text: String) throws {
        try stream { $0.append(text) }
    }

    /// Streams what `produce` writes.
    func stream(_ produce: (inout ReportBuffer) -> Void) throws {
        guard let path else {
            let writer = DescriptorWriter(descriptor: STDOUT_FILENO)
            Self.write(to: writer, produce)
            try StandardStreams.check(writer)
            return
        }
        var status = stat()
        if lstat(path, &status) == 0 && status.st_mode & S_IFMT != S_IFREG && status.st_mode & S_IFMT != S_IFDIR {
            try Self.streamDirectly(to: path, produce)  // a link, a device or a pipe, e.g. /dev/stdout
            return
        }
        let temporary = try Self.createTemporary(beside: path)
        let writer = DescriptorWriter(descriptor: temporary.descriptor)
        Self.write(to: writer, produce)
        var reason = writer.failure
        if close(temporary.descriptor) != 0 && reason == nil {
            reason = String(cString: strerror(errno))
        }
        if reason == nil && rename(temporary.path, path) != 0 {
            reason = String(cString: strerror(errno))
        }
        if let reason {
            unlink(temporary.path)
            throw StandardStreams.cannotWrite(path, reason: reason)
        }
    }

    /// Streams to `path` as it is, for a link (written through), a device or a pipe, which a
    /// file renamed into place would replace. A linked file is cut to nothing first, as `>`
    /// does; a device or a pipe has nothing to cut.
    private static func streamDirectly(to path: String, _ produce: (inout ReportBuffer) -> Void) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw StandardStreams.cannotWrite(path, reason: String(cString: strerror(errno)))
        }
        let writer = DescriptorWriter(descriptor: descriptor)
        write(to: writer, produce)
        var reason = writer.failure
        if close(descriptor) != 0 && reason == nil {
            reason = String(cString: strerror(errno))
        }
        if let reason {
            throw StandardStreams.cannotWrite(path, reason: reason)
        }
    }

    /// Hands what `produce` writes to `writer`, a megabyte at a time, straight from the
    /// buffer (no copy into a `Data` per megabyte).
    private static func write(to writer: DescriptorWriter, _ produce: (inout ReportBuffer) -> Void) {
        var buffer = ReportBuffer { writer.write(UnsafeRawBufferPointer($0)) }
        produce(&buffer)
        buffer.flush()
    }
}
