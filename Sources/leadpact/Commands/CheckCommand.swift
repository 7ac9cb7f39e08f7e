import ArgumentParser
import Foundation
import LeadpactContract
import LeadpactDiagnostics
import LeadpactSignoff

/// `leadpact check CONTRACT…`: compile contracts and report every diagnostic.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate contracts and print their diagnostics.",
        discussion: """
            Compiles each contract and prints every diagnostic, each with its code, place and \
            fix (docs/diagnostics.md). --require-signoff also checks both leaders' sign-offs \
            (docs/signoff.md); --against checks that the version changes exactly when the \
            meaning does. CI set-up: docs/ci.md.

            EXAMPLES:
              leadpact check contracts/acme-global.sla.yaml contracts/minimal.sla.yaml
              leadpact check contracts/acme-global.sla.yaml --require-signoff \\
                --trust contracts/trusted-keys.yaml --format github
              leadpact check contracts/acme-global.sla.yaml \\
                --against contracts/history/acme-global-1.3.0.sla.yaml

            Exit status: 0 no errors, 1 errors (warnings too with --warnings-as-errors), \
            2 usage error or a file that cannot be read.
            """
    )

    @OptionGroup var options: CheckOptions

    func run() throws {
        var diagnostics: [Diagnostic] = []
        var sources: [String: SourceFile] = [:]
        var unreadable = false
        let contracts = ConcernedContracts.paths(for: options.contracts)
        for path in contracts {
            let result = ContractCompiler.compile(path: path)
            sources[path] = result.source
            var found = result.diagnostics
            if let contract = result.contract {
                found += try options.signoffDiagnostics(
                    path: path, contract: contract, source: result.source, sources: &sources)
            }
            diagnostics += found
            unreadable = unreadable || found.contains {
                $0.code == ContractLoading.unreadableFileCode || SignoffDiagnostics.unreadableFileCodes.contains($0.code)
            }
        }
        if options.warningsAsErrors {
            diagnostics = diagnostics.map { diagnostic in
                var promoted = diagnostic
                if promoted.severity == .warning { promoted.severity = .error }
                return promoted
            }
        }
        let renderer = options.format.renderer(
            colored: Terminal.isTerminal(FileHandle.standardOutput),
            width: Terminal.width(of: FileHandle.standardOutput, asked: options.width),
            tool: Leadpact.diagnosticTool, inputs: contracts)
        try StandardStreams.write(renderer.render(diagnostics, sources: sources))
        if unreadable { throw ExitCode(2) }
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}

/// The options of `leadpact check`.
struct CheckOptions: ParsableArguments {
    @Argument(help: "The contract files to check; a sign-off file stands for its contract, a trusted-keys.yaml for the contracts beside it.", completion: .yamlFile)
    var contracts: [String]

    @Option(help: "How to print diagnostics.")
    var format: DiagnosticFormat = .text

    @Option(help: "Fit quoted source lines of the text format into this many columns (default: the terminal's width).")
    var width: Int?

    @Flag(help: "Treat warnings as errors: report them as errors and exit 1.")
    var warningsAsErrors = false

    @Flag(help: "Require valid sign-offs of both parties over the current digest (see docs/signoff.md).")
    var requireSignoff = false

    @Option(
        help: "The trust file for --require-signoff (default: trusted-keys.yaml in each contract's directory).",
        completion: .yamlFile)
    var trust: String?

    @Option(
        help: "An earlier version (a path or git:REV:PATH): the version must change exactly when the meaning does.",
        completion: .yamlFile)
    var against: String?

    func validate() throws {
        guard !contracts.isEmpty else { throw ValidationError("name at least one contract file to check") }
        if let width, width < Terminal.narrowestWidth {
            throw ValidationError("--width must be at least \(Terminal.narrowestWidth) columns, not \(width)")
        }
        try validateSignoffOptions()
    }
}
