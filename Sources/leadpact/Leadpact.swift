import ArgumentParser

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
}
