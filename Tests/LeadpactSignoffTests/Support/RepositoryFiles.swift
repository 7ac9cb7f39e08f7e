import Foundation
import Testing

/// Files of the repository (contracts, fixtures), and golden comparison with re-recording
/// on `LEADPACT_RECORD=1`.
enum RepositoryFiles {
    /// The repository root, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The absolute path of a repository-relative path.
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Whether goldens are being re-recorded.
    static var recording: Bool { ProcessInfo.processInfo.environment["LEADPACT_RECORD"] == "1" }

    /// Compares `actual` with the golden file; with `LEADPACT_RECORD=1` writes it instead and
    /// fails the test, so a recording run is never mistaken for a passing one.
    /// `equivalent` decides equality (exact text by default; JSON is compared as values).
    static func assertGolden(
        _ actual: String, _ relative: String, equivalent: (String, String) -> Bool = { $0 == $1 },
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let target = path(relative)
        if recording {
            let written = FileManager.default.createFile(atPath: target, contents: Data(actual.utf8))
            Issue.record("\(written ? "re-recorded" : "could not write") \(relative)", sourceLocation: sourceLocation)
            return
        }
        guard let data = FileManager.default.contents(atPath: target) else {
            Issue.record("missing golden \(relative); run the tests with LEADPACT_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        #expect(equivalent(actual, expected), "differs from \(relative):\n\(actual)", sourceLocation: sourceLocation)
    }

    /// Two JSON texts with the same value.
    static func sameJSON(_ a: String, _ b: String) -> Bool {
        guard let x = try? JSONSerialization.jsonObject(with: Data(a.utf8)),
              let y = try? JSONSerialization.jsonObject(with: Data(b.utf8))
        else { return false }
        return (x as? NSObject)?.isEqual(y) == true
    }
}
