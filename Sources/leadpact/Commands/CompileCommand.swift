import ArgumentParser
import LeadpactContract

/// `leadpact compile CONTRACT [-o FILE]`: the compiled rules as canonical JSON with their digest.
struct CompileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Print a contract's compiled rules as canonical JSON with their digest.",
        discussion: """
            The output holds every rule of the contract in one normalised form (sorted keys, \
            durations in seconds, hours in minutes, conditions as trees) and a top-level \
            "digest": "sha256:…" key. The digest covers everything but that key: it is the \
            SHA-256 of the compact canonical JSON, so reformatting the contract leaves it \
            unchanged and any change of meaning changes it. See docs/compiled-rules.md.

            EXAMPLES:
              leadpact compile contracts/minimal.sla.yaml
              leadpact compile contracts/acme-global.sla.yaml -o acme-global.rules.json

            Exit status: 0 compiled, 1 the contract has errors (diagnostics on standard error), \
            2 a file could not be read or written.
            """
    )

    @Argument(help: "The contract file (contracts/*.sla.yaml).", completion: .yamlFile)
    var contract: String

    @Option(
        name: .shortAndLong, help: "Write the compiled rules to this file instead of standard output.",
        completion: .anyFile)
    var output: String?

    func run() throws {
        let destination = try OutputFile(output, inputs: [contract])
        let compiled = try ContractLoading.load(contract)
        try destination.write(compiled.compiledRulesJSON() + "\n")
    }
}
