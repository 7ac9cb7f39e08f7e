import ArgumentParser
import Foundation

/// Writes a command's result to standard output or to the file named by `-o`.
enum OutputFile {
    /// Writes `text` to `path`, or to standard output when `path` is `nil` or `-`.
    /// An unwritable file prints the reason and exits with status 2.
    static func write(_ text: String, to path: String?) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            FileHandle.standardError.write(Data("error: cannot write \(path): \(error.localizedDescription)\n".utf8))
            throw ExitCode(2)
        }
    }
}
