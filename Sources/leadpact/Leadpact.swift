import ArgumentParser
import Foundation

/// The `leadpact` command: the marketing ⇄ sales SLA as code.
@main
struct Leadpact: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leadpact",
        abstract: "Compile, sign and audit a marketing ⇄ sales service-level agreement.",
        version: "0.1.0",
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
        ]
    )

    /// Runs the command line; a usage error (unknown option, missing argument, failed
    /// validation) exits with status 2, as every leadpact command documents. Help and the
    /// version go to standard output through the same checked writes as every result.
    static func main() {
        do {
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
