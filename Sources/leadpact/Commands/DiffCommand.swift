import ArgumentParser
import Foundation
import LeadpactSignoff

/// `leadpact diff OLD NEW [--format text|markdown|json] [-o FILE] [--exit-code]`.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show the semantic changes between two versions of a contract.",
        discussion: """
            Compares the compiled rules, not the text: each change is marked tightened, loosened \
            or changed, with the side it binds (see docs/diff.md). OLD or NEW may be \
            git:REV:PATH, read with `git show REV:PATH`. The markdown format is the pull-request \
            body that asks both leaders to sign.

            EXAMPLES:
              leadpact diff contracts/history/acme-global-1.3.0.sla.yaml \\
                contracts/acme-global.sla.yaml
              leadpact diff contracts/history/acme-global-1.3.0.sla.yaml \\
                contracts/acme-global.sla.yaml --format markdown -o changes.md
              leadpact diff --exit-code fixtures/digest/base.sla.yaml \\
                fixtures/digest/reformatted.sla.yaml

            Exit status: 0 done, 1 a contract has errors, 2 usage error or a file that cannot \
            be read or written. With --exit-code, as with git diff: 0 no changes, 1 changes, \
            2 anything else (a contract with errors too).
            """
    )

    @Argument(help: "The older contract: a path or git:REV:PATH.", completion: .yamlFile)
    var old: String

    @Argument(help: "The newer contract: a path or git:REV:PATH.", completion: .yamlFile)
    var new: String

    @Option(help: "Output format.")
    var format: DiffFormat = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.", completion: .anyFile)
    var output: String?

    @Flag(help: "Exit with status 1 when the contracts differ in meaning and 0 when they do not.")
    var exitCode = false

    func validate() throws {
        try ContractRevision(argument: old).validate()
        try ContractRevision(argument: new).validate()
    }

    func run() throws {
        let (before, after) = (ContractRevision(argument: old), ContractRevision(argument: new))
        let destination = try OutputFile(output, inputs: [before, after].compactMap(\.filePath))
        let (oldContract, newContract) = (try compile(before), try compile(after))
        let diff = ContractDiff(
            old: oldContract.contract, new: newContract.contract, oldDigest: oldContract.digest,
            newDigest: newContract.digest)
        let path = after.gitObject?.path ?? new
        try destination.write(format.render(diff, contractPath: path))
        if exitCode && !diff.isEmpty { throw ExitCode(1) }
    }

    /// Compiles one side; with `--exit-code` a contract with errors exits 2, since 1 says "changed".
    private func compile(_ revision: ContractRevision) throws -> ContractRevision.Compiled {
        do {
            return try revision.compile()
        } catch let error as ExitCode where exitCode && error == ExitCode(1) {
            throw ExitCode(2)
        }
    }
}
