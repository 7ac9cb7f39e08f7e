import ArgumentParser
import Foundation
import LeadpactSignoff

/// `leadpact diff OLD NEW [--format text|markdown|json] [-o FILE]`.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show the semantic changes between two versions of a contract.",
        discussion: """
            Compares the compiled rules, not the text: each change is marked tightened, loosened \
            or changed, with the side it binds (see docs/diff.md). OLD or NEW may be \
            git:REV:PATH, read with `git show REV:PATH`. The markdown format is the pull-request \
            body that asks both leaders to sign.
            """
    )

    @Argument(help: "The older contract: a path or git:REV:PATH.")
    var old: String

    @Argument(help: "The newer contract: a path or git:REV:PATH.")
    var new: String

    @Option(help: "Output format: text, markdown or json.")
    var format: String = DiffFormat.text.rawValue

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        guard DiffFormat(rawValue: format) != nil else {
            let formats = DiffFormat.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("--format must be one of \(formats), not '\(format)'")
        }
        try ContractRevision(argument: old).validate()
        try ContractRevision(argument: new).validate()
    }

    func run() throws {
        guard let diffFormat = DiffFormat(rawValue: format) else { throw ExitCode(2) }
        let (before, after) = (ContractRevision(argument: old), ContractRevision(argument: new))
        let destination = try OutputFile(output, inputs: [before, after].compactMap(\.filePath))
        let (oldContract, newContract) = (try before.compile(), try after.compile())
        let diff = ContractDiff(
            old: oldContract.contract, new: newContract.contract, oldDigest: oldContract.digest,
            newDigest: newContract.digest)
        let path = after.gitObject?.path ?? new
        try destination.write(diffFormat.render(diff, contractPath: path))
    }
}
