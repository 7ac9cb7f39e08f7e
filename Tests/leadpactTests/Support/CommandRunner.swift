import Foundation

/// Runs the built `leadpact` executable as a user would, with Foundation's `Process`, and
/// captures its standard output, standard error and exit status.
///
/// Commands run in the package's root directory unless a directory is given, so shipped
/// files are named by their repository paths (`contracts/acme-global.sla.yaml`) and the
/// diagnostics quote those paths. A command that writes files runs in a `TemporaryDirectory`.
enum CommandRunner {
    /// Runs `leadpact ARGUMENTS…` in `directory` (the package root by default) and waits for it.
    /// `stdoutPath` or `stderrPath` (e.g. `/dev/full`) take that stream instead of the capture,
    /// which then reads as empty.
    static func run(
        _ arguments: [String], in directory: URL = Repository.root, stdoutPath: String? = nil, stderrPath: String? = nil
    ) throws -> CommandResult {
        let executable = try ExecutableLocator.located.get()
        let capture = try TemporaryDirectory()
        defer { capture.remove() }
        let stdoutURL = capture.url.appendingPathComponent("stdout")
        let stderrURL = capture.url.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        let stdout = try FileHandle(forWritingTo: stdoutPath.map(URL.init(fileURLWithPath:)) ?? stdoutURL)
        let stderr = try FileHandle(forWritingTo: stderrPath.map(URL.init(fileURLWithPath:)) ?? stderrURL)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        process.waitUntilExit()
        try stdout.close()
        try stderr.close()

        return CommandResult(
            status: process.terminationStatus,
            stdout: try String(contentsOf: stdoutURL, encoding: .utf8),
            stderr: try String(contentsOf: stderrURL, encoding: .utf8))
    }

    /// Runs `leadpact ARGUMENTS…` and parses its standard output as one JSON value.
    static func runJSON(_ arguments: [String], in directory: URL = Repository.root) throws -> (result: CommandResult, json: Any) {
        let result = try run(arguments, in: directory)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8), options: [.fragmentsAllowed])
        return (result, json)
    }
}
