/// What one run of the `leadpact` executable produced.
struct CommandResult: Sendable, CustomStringConvertible {
    /// The exit status (or the signal number, when the process was killed by one).
    var status: Int32
    /// Everything the command wrote to standard output.
    var stdout: String
    /// Everything the command wrote to standard error.
    var stderr: String

    /// The lines of standard output, without the empty line after the final line break.
    var stdoutLines: [String] { Self.lines(stdout) }
    /// The lines of standard error, without the empty line after the final line break.
    var stderrLines: [String] { Self.lines(stderr) }

    /// Shown by a failing expectation, so the reader sees what the command said.
    var description: String {
        "exit \(status)\n--- stdout ---\n\(stdout)--- stderr ---\n\(stderr)"
    }

    static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
