import ArgumentParser
import Foundation
import LeadpactDiagnostics

/// Standard output and standard error as commands write them: every result and message goes
/// through here (never `print` or `FileHandle.write`), so a write that fails on standard output
/// (a full disk, `> /dev/full`) is an `error:` line and exit status 2, not a trap or a lost
/// report. A closed pipe (`| head`) ends the process with SIGPIPE, as it does any Unix tool.
enum StandardStreams {
    /// The name error messages use for standard output.
    static let outputName = "standard output"

    /// Writes `text` to standard output. A failed write prints
    /// `error: cannot write standard output: REASON` and throws exit status 2.
    static func write(_ text: String) throws {
        let writer = DescriptorWriter(descriptor: STDOUT_FILENO)
        writer.write(text)
        try check(writer)
    }

    /// Throws exit status 2, after saying why, when `writer` (to standard output) failed.
    static func check(_ writer: DescriptorWriter) throws {
        guard let reason = writer.failure else { return }
        throw cannotWrite(outputName, reason: reason)
    }

    /// Prints `error: cannot write NAME: REASON` and returns the exit status to throw (2).
    static func cannotWrite(_ name: String, reason: String) -> ExitCode {
        writeErrorLine("cannot write \(name): \(reason)")
        return ExitCode(2)
    }

    /// Writes `error: MESSAGE` as one line to standard error, control characters in the
    /// message (a lead id, a path, a quoted value) shown escaped, as every text for a person is.
    static func writeErrorLine(_ message: String) {
        writeError("error: \(TerminalText.escaped(message))\n")
    }

    /// Writes `text` to standard error. A failed write has nowhere to be reported and is
    /// ignored: the exit status still tells what happened.
    static func writeError(_ text: String) {
        DescriptorWriter(descriptor: STDERR_FILENO).write(text)
    }
}
