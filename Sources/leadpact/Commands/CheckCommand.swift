import ArgumentParser
import Foundation
import LeadpactContract
import LeadpactDiagnostics
import LeadpactSignoff

/// `leadpact check CONTRACT…`: compile contracts and report every diagnostic.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate contracts: print their diagnostics; exit 0 when clean, 1 on errors, 2 when a file cannot be read."
    )

    @OptionGroup var options: CheckOptions

    func run() throws {
        var diagnostics: [Diagnostic] = []
        var sources: [String: SourceFile] = [:]
        var unreadable = false
        for path in options.contracts {
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
            colored: Terminal.isTerminal(FileHandle.standardOutput), tool: Leadpact.diagnosticTool, inputs: options.contracts)
        FileHandle.standardOutput.write(Data(renderer.render(diagnostics, sources: sources).utf8))
        if unreadable { throw ExitCode(2) }
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}

/// The options of `leadpact check`.
struct CheckOptions: ParsableArguments {
    @Argument(help: "The contract files to check.")
    var contracts: [String]

    @Option(help: "How to print diagnostics: text, json, github, sarif or junit.")
    var format: DiagnosticFormat = .text

    @Flag(help: "Treat warnings as errors: report them as errors and exit 1.")
    var warningsAsErrors = false

    @Flag(help: "Require valid sign-offs of both parties over the current digest (see docs/signoff.md).")
    var requireSignoff = false

    @Option(help: "The trust file for --require-signoff (default: trusted-keys.yaml in each contract's directory).")
    var trust: String?

    @Option(help: "An earlier version (a path or git:REV:PATH): the version must change exactly when the meaning does.")
    var against: String?

    func validate() throws {
        guard !contracts.isEmpty else { throw ValidationError("name at least one contract file to check") }
        try validateSignoffOptions()
    }
}
