import Foundation

/// A fresh directory under the system's temporary directory, for commands that write files
/// and for edited copies of shipped contracts. Call `remove()` when done (`defer`).
struct TemporaryDirectory: Sendable {
    /// The directory (already created).
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("leadpact-cli-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The absolute path of `name` inside the directory.
    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// Writes `text` to `name` inside the directory and returns the file's absolute path.
    @discardableResult
    func write(_ text: String, to name: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    /// Copies a file of the package (a path relative to its root) into the directory under
    /// `name` and returns the copy's absolute path.
    @discardableResult
    func copy(_ repositoryPath: String, to name: String) throws -> String {
        let target = url.appendingPathComponent(name)
        try FileManager.default.copyItem(at: Repository.root.appendingPathComponent(repositoryPath), to: target)
        return target.path
    }

    /// The text of `name` inside the directory.
    func read(_ name: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
    }

    /// Deletes the directory and everything in it.
    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
