import ArgumentParser
import Foundation
import LeadpactSignoff

/// `leadpact keys new --name NAME [-o DIR]`: a leader's Ed25519 key pair.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Manage the Ed25519 keys leaders sign contracts with.",
        discussion: """
            EXAMPLES:
              leadpact keys new --name dana-lee -o keys

            Exit status: 0 help shown, 2 usage error; each subcommand's help gives its own.
            """,
        subcommands: [NewKey.self]
    )

    /// `keys new`.
    struct NewKey: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "Create a signing key pair.",
            discussion: """
                Writes DIR/NAME.key, the private key, readable by you only (mode 0600): keep it \
                out of the repository. Writes DIR/NAME.pub and prints the public key line: paste it \
                under `marketing:` or `sales:` in the trust file (contracts/trusted-keys.yaml). \
                An existing key is never overwritten. See docs/signoff.md.

                EXAMPLES:
                  leadpact keys new --name dana-lee -o keys

                Exit status: 0 written, 2 usage error (a bad name), a key of that name exists, \
                or the files cannot be written.
                """
        )

        @Option(help: "The key's name, recorded as the signer of each sign-off (e.g. dana-lee).")
        var name: String

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp("The directory to write the key files to (default: the current directory).", valueName: "dir"),
            completion: .directory)
        var output: String?

        /// The directory's earlier spelling, `--out DIR`, kept for scripts that use it.
        @Option(name: .customLong("out"), help: .hidden, completion: .directory)
        var legacyOutput: String?

        /// Where the key files go.
        var out: String { output ?? legacyOutput ?? "." }

        func validate() throws {
            if output != nil && legacyOutput != nil {
                throw ValidationError("name the key directory once, with -o/--output (--out is its older spelling)")
            }
            guard SigningKey.isValidName(name) else {
                throw ValidationError(SignoffError.invalidKeyName(name).description)
            }
        }

        func run() throws {
            let key = SigningKey.generate(name: name)
            let directory = out as NSString
            let privatePath = directory.appendingPathComponent("\(name).key")
            let publicPath = directory.appendingPathComponent("\(name).pub")
            do {
                if !FileManager.default.fileExists(atPath: out) {
                    // A new key directory is private to its owner, like the key itself.
                    try FileManager.default.createDirectory(
                        atPath: out, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                }
                if FileManager.default.fileExists(atPath: publicPath) {
                    throw SignoffError.keyFileExists(path: publicPath)
                }
                try key.write(toPath: privatePath)
                try Data((key.trustEntry + "\n").utf8).write(to: URL(fileURLWithPath: publicPath))
            } catch let error as SignoffError {
                StandardStreams.writeErrorLine("\(error)")
                throw ExitCode(2)
            } catch {
                StandardStreams.writeErrorLine("cannot write the key files in \(out): \(error.localizedDescription)")
                throw ExitCode(2)
            }
            StandardStreams.writeError("""
                wrote \(privatePath) (private, mode 0600: never commit it)
                wrote \(publicPath); add this line under your party in the trust file:

                """)
            try StandardStreams.write(key.trustEntry + "\n")
        }
    }
}
