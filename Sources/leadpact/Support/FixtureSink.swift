import Foundation

/// Where `fixtures generate` streams its chunks: a file (written in place, not buffered whole)
/// or standard output.
final class FixtureSink {
    private let writer: DescriptorWriter
    /// The file, or `nil` for standard output (which stays open).
    private let path: String?

    /// Opens `path` for writing (created or truncated), or standard output for `nil` or `-`.
    /// A file that is one of `inputs` is refused, as `OutputFile` refuses it.
    init(path: String?, inputs: [String]) throws {
        guard let path, path != "-" else {
            writer = DescriptorWriter(descriptor: STDOUT_FILENO)
            self.path = nil
            return
        }
        try OutputFile.refuseInputs(path, inputs)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw StandardStreams.cannotWrite(path, reason: "\(reason); check that its folder exists and is writable")
        }
        writer = DescriptorWriter(descriptor: descriptor)
        self.path = path
    }

    /// Writes one chunk.
    func write(_ bytes: [UInt8]) throws {
        bytes.withUnsafeBytes { writer.write($0) }
        if let reason = writer.failure {
            throw StandardStreams.cannotWrite(path ?? StandardStreams.outputName, reason: reason)
        }
    }

    /// Closes the file (standard output stays open).
    func close() throws {
        guard let path else { return }
        if Foundation.close(writer.descriptor) != 0 {
            throw StandardStreams.cannotWrite(path, reason: String(cString: strerror(errno)))
        }
    }
}
