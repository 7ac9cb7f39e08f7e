import Foundation

/// An independent command-line tool a test compares against, found through an environment
/// variable (`.ci/run` sets them up).
struct ExternalTool {
    /// The environment variable naming the executable.
    var variable: String

    /// `check-jsonschema`, the reference JSON Schema validator.
    static let checkJSONSchema = ExternalTool(variable: "LEADPACT_CHECK_JSONSCHEMA")

    /// The executable's path, when the variable is set.
    var path: String? {
        ProcessInfo.processInfo.environment[variable].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether CI demands every external tool (a missing one then fails the test).
    static var required: Bool {
        ProcessInfo.processInfo.environment["LEADPACT_REQUIRE_EXTERNAL_TOOLS"] == "1"
    }

    /// Whether a test using the tool should run: it is configured, or CI demands it.
    var shouldRun: Bool { path != nil || Self.required }

    /// What a run printed, and how it ended.
    struct Outcome {
        var status: Int32
        var output: String
    }

    struct Missing: Error, CustomStringConvertible {
        var variable: String
        var description: String { "\(variable) is not set or does not name an executable" }
    }

    /// Runs the tool with `arguments` from `directory` and waits for it.
    func run(_ arguments: [String], in directory: URL) throws -> Outcome {
        guard let path, FileManager.default.isExecutableFile(atPath: path) else { throw Missing(variable: variable) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
