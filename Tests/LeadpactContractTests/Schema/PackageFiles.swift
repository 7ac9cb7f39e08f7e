import Foundation

/// Files of the package checkout the tests read (docs, contracts, fixtures).
enum PackageFiles {
    /// The package's root directory.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Paths relative to the root of the files in `directory` whose names end with `suffix`, sorted.
    static func list(_ directory: String, suffix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(directory).path)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { "\(directory)/\($0)" }
    }

    /// Every contract that must pass both the schema and the compiler: the shipped ones, their
    /// history, and the digest fixtures.
    static var validContracts: [String] {
        list("contracts", suffix: ".sla.yaml") + list("contracts/history", suffix: ".sla.yaml")
            + list("fixtures/digest", suffix: ".sla.yaml")
    }

    /// Whether goldens should be re-recorded (`LEADPACT_RECORD=1`).
    static var recording: Bool {
        ProcessInfo.processInfo.environment["LEADPACT_RECORD"] == "1"
    }
}
