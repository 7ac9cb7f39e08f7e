import ArgumentParser
import Foundation

/// The `leadpact` command: the marketing ⇄ sales SLA as code.
@main
struct Leadpact: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leadpact",
        abstract: "Compile, sign and audit a marketing ⇄ sales service-level agreement.",
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
        ]
    )

    /// Runs the command line; a usage error (unknown option, missing argument, failed
    /// validation) exits with status 2, as every leadpact command documents.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            exit(withError: ExitCode(2))
        }
    }
}
