import ArgumentParser
import Foundation
import LeadpactContract
import LeadpactDiagnostics

/// A contract named on the command line: a file path, or `git:REV:PATH` for a committed
/// version (read with `git show REV:PATH` in the current directory).
struct ContractRevision {
    /// A compiled contract with its digest and text.
    struct Compiled {
        var contract: Contract
        var digest: String
        var source: SourceFile
    }

    /// The argument as given.
    let argument: String

    /// The revision and path of a `git:REV:PATH` argument.
    var gitObject: (revision: String, path: String)? {
        guard argument.hasPrefix("git:") else { return nil }
        let rest = argument.dropFirst(4)
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        let (revision, path) = (rest[..<colon], rest[rest.index(after: colon)...])
        guard !revision.isEmpty, !path.isEmpty else { return nil }
        return (String(revision), String(path))
    }

    /// The file read, or `nil` for a `git:REV:PATH` argument (read from git, not the working tree).
    var filePath: String? { gitObject == nil ? argument : nil }

    /// The name diagnostics use: the path, or git's `REV:PATH`.
    var label: String { gitObject.map { "\($0.revision):\($0.path)" } ?? argument }

    /// Rejects a malformed `git:` argument before anything runs.
    func validate() throws {
        if argument.hasPrefix("git:") && gitObject == nil {
            throw ValidationError("'\(argument)' is not a revision: write git:REV:PATH, e.g. git:main:contracts/acme.sla.yaml")
        }
    }

    /// Reads and compiles the contract. Prints diagnostics to standard error; exits 1 when
    /// the contract has errors and 2 when it cannot be read.
    func compile() throws -> Compiled {
        guard let (revision, path) = gitObject else {
            let (contract, result) = try ContractLoading.loadResult(argument)
            return Compiled(contract: contract, digest: contract.digest, source: result.source)
        }
        let result = ContractCompiler.compile(text: try show(revision, path), path: label)
        ContractLoading.printDiagnostics(result.diagnostics, sources: [label: result.source])
        guard let contract = result.contract else { throw ExitCode(1) }
        return Compiled(contract: contract, digest: contract.digest, source: result.source)
    }

    /// The text of `path` at `revision`, from `git show`.
    private func show(_ revision: String, _ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "show", "\(revision):\(path)"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw Self.failure("cannot run git to read \(argument): \(error.localizedDescription)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Self.failure("cannot read \(argument) with `git show \(revision):\(path)`: \(reason)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Prints `message` as an error and returns the exit status for unreadable input (2).
    static func failure(_ message: String) -> ExitCode {
        StandardStreams.writeErrorLine(message)
        return ExitCode(2)
    }
}
