import Foundation

/// Finds the `leadpact` executable that SwiftPM built before the tests (the test target
/// depends on it, so it sits in the same build products directory as the test bundle).
///
/// Works for debug and release builds and for any `--scratch-path`, because it starts from
/// where the running test bundle actually is rather than from a fixed `.build/debug`:
/// - `LEADPACT_EXECUTABLE`, when set, names the executable outright;
/// - otherwise each loaded `.xctest` bundle, the running test binary and `argv[0]` are
///   candidates, and from each the locator walks up a few directories (on macOS the test
///   binary lives in `leadpactPackageTests.xctest/Contents/MacOS/`) looking for a regular,
///   executable file named `leadpact`.
enum ExecutableLocator {
    /// The name of the product the tests run.
    static let name = "leadpact"

    /// How many directories to climb from a candidate before giving up on it.
    static let levels = 4

    /// The executable, or a description of every place that was searched.
    static let located: Result<URL, LocatorFailure> = locate()

    /// Why the executable could not be found.
    struct LocatorFailure: Error, CustomStringConvertible {
        /// The directories that were searched.
        var searched: [String]

        var description: String {
            "cannot find the '\(ExecutableLocator.name)' executable next to the test bundle; searched "
                + searched.joined(separator: ", ")
                + ". Build it with `swift build --build-tests`, or set LEADPACT_EXECUTABLE to its path."
        }
    }

    static func locate() -> Result<URL, LocatorFailure> {
        let environment = ProcessInfo.processInfo.environment
        if let override = environment["LEADPACT_EXECUTABLE"], !override.isEmpty {
            let url = URL(fileURLWithPath: override)
            return isExecutableFile(url) ? .success(url) : .failure(LocatorFailure(searched: [override]))
        }
        var searched: [String] = []
        for start in startingDirectories() {
            var directory = start
            for _ in 0...levels {
                if !searched.contains(directory.path) {
                    searched.append(directory.path)
                    let candidate = directory.appendingPathComponent(name)
                    if isExecutableFile(candidate) { return .success(candidate) }
                }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        return .failure(LocatorFailure(searched: searched))
    }

    /// The directories the search starts from, most specific first.
    static func startingDirectories() -> [URL] {
        var starts: [URL] = []
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            starts.append(bundle.bundleURL.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        if let executable = Bundle.main.executableURL {
            starts.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        if let first = CommandLine.arguments.first, first.contains("/") {
            starts.append(URL(fileURLWithPath: first).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        return starts
    }

    /// A regular file (not the `Sources/leadpact` folder) that may be executed.
    static func isExecutableFile(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return false }
        return !isDirectory.boolValue && FileManager.default.isExecutableFile(atPath: url.path)
    }
}
