import ArgumentParser
import Foundation
import LeadpactContract
import LeadpactDiagnostics

/// How commands that take a contract get one: compile it, show its diagnostics on standard
/// error (compiler-style text, coloured on a terminal), and stop the command when it cannot go on.
enum ContractLoading {
    /// Compiles the contract at `path` and returns it. Prints every diagnostic (warnings too)
    /// to standard error. Throws `ExitCode(2)` when the file cannot be read and `ExitCode(1)`
    /// when the contract has errors.
    static func load(_ path: String) throws -> Contract {
        try loadResult(path).contract
    }

    /// Like `load(_:)`, but also returns the whole compilation result (its source text and
    /// diagnostics), for commands that quote the contract or report on it.
    static func loadResult(_ path: String) throws -> (contract: Contract, result: CompilationResult) {
        let result = ContractCompiler.compile(path: path)
        printDiagnostics(result.diagnostics, sources: [path: result.source])
        if result.diagnostics.contains(where: { $0.code == unreadableFileCode }) { throw ExitCode(2) }
        guard let contract = result.contract else { throw ExitCode(1) }
        return (contract, result)
    }

    /// The code of the diagnostic for a file that cannot be read.
    static let unreadableFileCode = "LP100"

    /// Prints `diagnostics` to standard error in the text format; nothing when there are none.
    static func printDiagnostics(_ diagnostics: [Diagnostic], sources: [String: SourceFile]) {
        guard !diagnostics.isEmpty else { return }
        let renderer = DiagnosticFormat.text.renderer(
            colored: Terminal.isTerminal(FileHandle.standardError), width: Terminal.width(of: FileHandle.standardError))
        StandardStreams.writeError(renderer.render(diagnostics, sources: sources))
    }
}
