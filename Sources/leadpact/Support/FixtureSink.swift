import ArgumentParser
import Foundation

/// Where `fixtures generate` streams its chunks: a file (written in place, not buffered whole)
/// or standard output.
final class FixtureSink {
    private let handle: FileHandle
    private let path: String?

    /// Opens `path` for writing (created or truncated), or standard output for `nil` or `-`.
    init(path: String?) throws {
        guard let path, path != "-" else {
            handle = FileHandle.standardOutput
            self.path = nil
            return
        }
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            FileHandle.standardError.write(Data("error: cannot write \(path): check that its folder exists and is writable\n".utf8))
            throw ExitCode(2)
        }
        self.handle = handle
        self.path = path
    }

    /// Writes one chunk.
    func write(_ bytes: [UInt8]) throws {
        do {
            try handle.write(contentsOf: bytes)
        } catch {
            FileHandle.standardError.write(Data("error: cannot write \(path ?? "standard output"): \(error.localizedDescription)\n".utf8))
            throw ExitCode(2)
        }
    }

    /// Closes the file (standard output stays open).
    func close() throws {
        if path != nil { try handle.close() }
    }
}
