import Foundation

/// Places in the package checkout the tests read from (never write to).
enum Repository {
    /// The package's root directory: this file is `Tests/leadpactTests/Support/Repository.swift`.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The shipped contracts, `contracts/*.sla.yaml`, as paths relative to the root (sorted).
    static func shippedContracts() throws -> [String] {
        try files(in: "contracts", endingWith: ".sla.yaml")
    }

    /// The files of a folder below the root whose names end with `suffix`, as paths relative
    /// to the root, sorted; none when the folder does not exist.
    static func files(in folder: String, endingWith suffix: String) throws -> [String] {
        let directory = root.appendingPathComponent(folder)
        guard FileManager.default.fileExists(atPath: directory.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(suffix) }
            .sorted()
            .map { "\(folder)/\($0)" }
    }

    /// The text of a file below the root.
    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }
}
