import ArgumentParser
import Foundation
import LeadpactContract

/// `leadpact schema [-o FILE]`: the JSON Schema of the contract language, for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the contract language (draft 2020-12).",
        discussion: """
            Point an editor at it to get completion and checks while writing a contract, e.g. \
            with yaml-language-server put this line at the top of the file:
              # yaml-language-server: $schema=../docs/contract.schema.json
            The schema checks the shape of a contract; `leadpact check` checks its meaning.

            EXAMPLES:
              leadpact schema
              leadpact schema -o contract.schema.json

            Exit status: 0 written, 2 usage error or a file that cannot be written.
            """
    )

    @Option(name: .shortAndLong, help: "Write the schema to this file instead of standard output.", completion: .anyFile)
    var output: String?

    func run() throws {
        try OutputFile(output, inputs: []).write(ContractSchema.text)
    }
}
