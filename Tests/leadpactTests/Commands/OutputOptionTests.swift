import Foundation
import Synchronization
import Testing

/// `-o FILE`: each run writes its own temporary file beside FILE and renames it into place, so
/// runs writing the same file at once never mix.
@Suite struct OutputOptionTests {
    static let week = ["--week", "2026-W47", "--format", "json"]

    /// The names in `directory`, sorted.
    static func names(_ directory: TemporaryDirectory) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.url.path).sorted()
    }

    @Test func anotherRunsTemporaryFileIsLeftAlone() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let others = "{\"half of another run's report\":"
        try directory.write(others, to: "w47.json.partial")
        let printed = try AuditCommandTests.audit(Self.week)
        let written = try AuditCommandTests.audit(Self.week + ["-o", directory.path("w47.json")])
        #expect(written.status == 0, "\(written)")
        #expect(try directory.read("w47.json") == printed.stdout)
        #expect(try directory.read("w47.json.partial") == others)
        #expect(try Self.names(directory) == ["w47.json", "w47.json.partial"])
    }

    @Test func runsWritingOneFileAtOnceEachWriteAWholeReport() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let printed = try AuditCommandTests.audit(Self.week)
        let runs = 6
        let statuses = Mutex<[Int32]>([])
        DispatchQueue.concurrentPerform(iterations: runs) { _ in
            let status = (try? AuditCommandTests.audit(Self.week + ["-o", directory.path("w47.json")]))?.status ?? -1
            statuses.withLock { $0.append(status) }
        }
        #expect(statuses.withLock { $0 } == Array(repeating: 0, count: runs))
        #expect(try directory.read("w47.json") == printed.stdout)
        #expect(try Self.names(directory) == ["w47.json"])
    }

    @Test func aNewFileHasTheModeTheUmaskGives() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let written = try AuditCommandTests.audit(Self.week + ["-o", directory.path("w47.json")])
        #expect(written.status == 0, "\(written)")
        let attributes = try FileManager.default.attributesOfItem(atPath: directory.path("w47.json"))
        let mode = try #require((attributes[.posixPermissions] as? NSNumber)?.intValue)
        #expect(mode == 0o666 & ~(try Self.umask()))
    }

    /// This process's umask (which the command inherits), read without changing it.
    static func umask() throws -> Int {
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("Umask:") })
        return try #require(Int(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8))
    }
}
