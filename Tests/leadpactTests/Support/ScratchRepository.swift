import Foundation

/// A throwaway git repository with the `pre-commit` framework installed as its commit hook,
/// configured with the hooks of the shipped `.pre-commit-hooks.yaml` as local hooks that run
/// the built `leadpact`.
struct ScratchRepository {
    /// The repository's working tree (a `TemporaryDirectory`).
    let directory: TemporaryDirectory
    /// How many hooks the configuration runs on each commit.
    let hookCount: Int

    /// The environment of every git and pre-commit run: this process's, without anything
    /// that would point git elsewhere, with a fixed identity, no user or system git
    /// configuration, and pre-commit's cache inside the repository's own scratch space.
    let environment: [String: String]

    init() throws {
        directory = try TemporaryDirectory()
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        for role in ["AUTHOR", "COMMITTER"] {
            environment["GIT_\(role)_NAME"] = "Contract Owner"
            environment["GIT_\(role)_EMAIL"] = "owner@example.com"
        }
        environment["PRE_COMMIT_HOME"] = directory.path(".git/pre-commit-cache")
        self.environment = environment

        let executable = try ExecutableLocator.located.get()
        let hooks = try Self.localHooks(from: try Repository.text(".pre-commit-hooks.yaml"), executable: executable)
        hookCount = hooks.count
        try directory.write("repos:\n  - repo: local\n    hooks:\n" + hooks.joined(), to: ".pre-commit-config.yaml")
        try expectSuccess(try git(["init", "-q"]))
        try expectSuccess(try ExternalTool.preCommit.run(["install"], in: directory.url, environment: environment))
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `git ARGUMENTS…` in the repository.
    func git(_ arguments: [String]) throws -> ExternalTool.Outcome {
        try ExternalTool.git.run(arguments, in: directory.url, environment: environment)
    }

    /// Stages everything and commits; the outcome carries the hook's output.
    func commitAll(_ message: String) throws -> ExternalTool.Outcome {
        try expectSuccess(try git(["add", "-A"]))
        return try git(["commit", "-q", "-m", message])
    }

    /// The commit `HEAD` names.
    func head() throws -> String {
        try git(["rev-parse", "HEAD"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Throws away staged and unstaged changes.
    func reset() throws {
        try expectSuccess(try git(["reset", "-q", "--hard", "HEAD"]))
    }

    private func expectSuccess(_ outcome: ExternalTool.Outcome) throws {
        guard outcome.status == 0 else { throw Failure(description: "setting up the scratch repository failed: \(outcome)") }
    }

    /// Each hook of a `.pre-commit-hooks.yaml` as a local hook of `.pre-commit-config.yaml`:
    /// every setting kept as written (`files`, `exclude`, `pass_filenames`, …) except that
    /// `language` is `system` and the `entry`'s leading `leadpact` is the built executable.
    static func localHooks(from text: String, executable: URL) throws -> [String] {
        var hooks: [[String]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("- ") {
                hooks.append([line])
            } else if !hooks.isEmpty, line.hasPrefix("  ") {
                hooks[hooks.count - 1].append(line)
            }
        }
        guard !hooks.isEmpty else { throw Failure(description: ".pre-commit-hooks.yaml defines no hooks") }
        return try hooks.map { lines in
            var kept: [String] = []
            for line in lines {
                let setting = line.trimmingCharacters(in: .whitespaces)
                if setting.hasPrefix("language:") { continue }
                if setting.hasPrefix("entry:") {
                    let command = setting.dropFirst("entry:".count).trimmingCharacters(in: .whitespaces)
                    guard command.hasPrefix("leadpact ") else {
                        throw Failure(description: "a hook's entry does not run leadpact: \(setting)")
                    }
                    let entry = "\"\(executable.path)\"" + command.dropFirst("leadpact".count)
                    kept.append("  entry: '\(entry.replacingOccurrences(of: "'", with: "''"))'")
                    kept.append("  language: system")
                    continue
                }
                kept.append(line)
            }
            return kept.map { "      " + $0 + "\n" }.joined()
        }
    }
}
