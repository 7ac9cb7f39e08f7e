import Foundation
import Testing

/// `-o FILE` where FILE is one of the command's inputs, in any spelling (`./x`, a symbolic or a
/// hard link): refused with exit status 2, and every input left as it was.
@Suite struct OutputInputTests {
    /// A command run in a directory holding `contract.sla.yaml`, `events.jsonl` and a few
    /// links to them; `-o` names one of them in another spelling.
    struct InputCase: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var input: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let inputCases: [InputCase] = [
        InputCase(arguments: ["audit", "contract.sla.yaml", "--events", "events.jsonl", "--week", "2026-W47", "-o", "events.jsonl"], input: "events.jsonl"),
        InputCase(arguments: ["audit", "contract.sla.yaml", "--events", "events.jsonl", "--week", "2026-W47", "-o", "./events.jsonl"], input: "events.jsonl"),
        InputCase(arguments: ["audit", "contract.sla.yaml", "--events", "events.jsonl", "--week", "2026-W47", "-o", "events-link.jsonl"], input: "events.jsonl"),
        InputCase(arguments: ["audit", "contract.sla.yaml", "--events", "events.jsonl", "--week", "2026-W47", "-o", "../inputs/contract.sla.yaml"], input: "contract.sla.yaml"),
        InputCase(arguments: ["audit", "contract.sla.yaml", "--events", "events.jsonl", "--week", "2026-W47", "-o", "contract-hard-link.sla.yaml"], input: "contract.sla.yaml"),
        InputCase(arguments: ["compile", "contract.sla.yaml", "-o", "contract.sla.yaml"], input: "contract.sla.yaml"),
        InputCase(arguments: ["compile", "./contract.sla.yaml", "-o", "contract-link.sla.yaml"], input: "contract.sla.yaml"),
        InputCase(arguments: ["diff", "contract.sla.yaml", "contract-copy.sla.yaml", "-o", "contract-copy.sla.yaml"], input: "contract-copy.sla.yaml"),
        InputCase(arguments: ["fixtures", "generate", "--contract", "contract.sla.yaml", "--leads", "5", "--weeks", "1", "-o", "contract-link.sla.yaml"], input: "contract.sla.yaml"),
    ]

    @Test(arguments: inputCases) func anOutputThatIsAnInputIsRefused(_ inputCase: InputCase) throws {
        let root = try TemporaryDirectory()
        defer { root.remove() }
        let folder = root.url.appendingPathComponent("inputs")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = { (name: String) in folder.appendingPathComponent(name).path }
        try FileManager.default.copyItem(
            at: Repository.root.appendingPathComponent(AuditCommandTests.contract), to: folder.appendingPathComponent("contract.sla.yaml"))
        try FileManager.default.copyItem(
            at: Repository.root.appendingPathComponent(AuditCommandTests.contract), to: folder.appendingPathComponent("contract-copy.sla.yaml"))
        try FileManager.default.copyItem(
            at: Repository.root.appendingPathComponent(AuditCommandTests.events), to: folder.appendingPathComponent("events.jsonl"))
        try FileManager.default.createSymbolicLink(atPath: path("events-link.jsonl"), withDestinationPath: "events.jsonl")
        try FileManager.default.createSymbolicLink(atPath: path("contract-link.sla.yaml"), withDestinationPath: "contract.sla.yaml")
        try FileManager.default.linkItem(atPath: path("contract.sla.yaml"), toPath: path("contract-hard-link.sla.yaml"))
        let before = try Self.snapshot(folder)

        let result = try CommandRunner.run(inputCase.arguments, in: folder)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderrLines.count == 1, "\(result)")
        #expect(result.stderr.hasPrefix("error: cannot write \(inputCase.arguments.last ?? ""): it is the input file "), "\(result)")
        #expect(result.stderr.contains(inputCase.input), "\(result)")
        #expect(try Self.snapshot(folder) == before, "an input or a link changed, or a file was left")
    }

    /// Every name in `folder` with its bytes (a link's own target for a link).
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let path = folder.appendingPathComponent(name).path
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
                files[name] = Data(("link → " + target).utf8)
            } else {
                files[name] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return files
    }

    @Test func anOutputBesideTheInputsIsWritten() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.copy(AuditCommandTests.contract, to: "contract.sla.yaml")
        let result = try CommandRunner.run(["compile", "contract.sla.yaml", "-o", "contract.json"], in: directory.url)
        #expect(result.status == 0, "\(result)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path).sorted() == ["contract.json", "contract.sla.yaml"])
    }
}
