import Foundation

/// `check-jsonschema`, the independent JSON Schema validator, found through
/// `LEADPACT_CHECK_JSONSCHEMA` (`.ci/run` sets it up).
enum SchemaValidator {
    static var path: String? {
        ProcessInfo.processInfo.environment["LEADPACT_CHECK_JSONSCHEMA"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Run when configured, or when CI demands every external tool (then a missing one fails).
    static var shouldRun: Bool {
        path != nil || ProcessInfo.processInfo.environment["LEADPACT_REQUIRE_EXTERNAL_TOOLS"] == "1"
    }

    struct Missing: Error, CustomStringConvertible {
        var description: String { "LEADPACT_CHECK_JSONSCHEMA is not set or does not name an executable" }
    }

    /// Runs the validator; returns its exit status and output.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        guard let path, FileManager.default.isExecutableFile(atPath: path) else { throw Missing() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
