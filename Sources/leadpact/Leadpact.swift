import ArgumentParser
import Foundation

/// The `leadpact` command: the marketing ⇄ sales SLA as code.
@main
struct Leadpact: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leadpact",
        abstract: "Compile, sign and audit a marketing ⇄ sales service-level agreement.",
        discussion: """
            Every command prints its own help with examples: leadpact help COMMAND, or \
            leadpact COMMAND --help. Shell completion: leadpact --generate-completion-script \
            bash|zsh|fish.

            EXAMPLES:
              leadpact check contracts/acme-global.sla.yaml --require-signoff
              leadpact help audit

            Exit status: 0 success; 1 what the command checks for was found (a contract \
            with errors, a missing signature, a breach with audit --fail-on-breach, a breaching \
            obligation with queue --fail-if-breaching, a change with diff --exit-code); 2 usage \
            error or a file that cannot be read or written; 3 bad event lines with --strict \
            (audit, backtest, review, queue).
            """,
        version: ToolVersion.text,
        subcommands: [
            CheckCommand.self,
            CompileCommand.self,
            SchemaCommand.self,
            FixturesCommand.self,
            KeysCommand.self,
            SignCommand.self,
            VerifyCommand.self,
            DiffCommand.self,
            DueCommand.self,
            AuditCommand.self,
            BacktestCommand.self,
            QueueCommand.self,
            ReviewCommand.self,
        ]
    )

    /// Runs the command line; a usage error (unknown option, missing argument, failed
    /// validation, a help topic that names no command) exits with status 2, as every leadpact
    /// command documents. Help and the version go to standard output through the same checked
    /// writes as every result.
    static func main() {
        do {
            try HelpTopic.validate(Array(CommandLine.arguments.dropFirst()), root: Self.self)
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .success {
                printCleanly(fullMessage(for: error))
            }
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            StandardStreams.writeError(fullMessage(for: error) + "\n")
            exit(withError: ExitCode(2))
        }
    }

    /// Prints the help or version text a clean exit asks for and exits: with status 0, or 2
    /// when standard output cannot take it.
    private static func printCleanly(_ text: String) -> Never {
        do {
            if !text.isEmpty { try StandardStreams.write(text + "\n") }
        } catch {
            exit(withError: error)
        }
        exit(withError: nil)
    }
}
