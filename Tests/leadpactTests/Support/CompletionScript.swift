import Foundation

/// A completion script from `leadpact --generate-completion-script SHELL`, read far enough to
/// tell what it offers after one option or for one positional argument of one command.
struct CompletionScript: CustomStringConvertible {
    /// The shells the scripts are generated for.
    enum Shell: String, CaseIterable, Sendable {
        case bash, zsh, fish
    }

    /// A place on a command line where the shell completes a value.
    enum Slot: Sendable, CustomStringConvertible {
        /// The value after an option, named by its long name (`--events`).
        case option(String)
        /// The positional argument at this place, from 1.
        case argument(Int)

        var description: String {
            switch self {
            case .option(let name): name
            case .argument(let place): "argument \(place)"
            }
        }
    }

    /// What the shell should offer in a slot.
    enum Offer: Sendable {
        /// File names; only those with these extensions (and directories) when any are given.
        case files(extensions: [String])
        /// Directory names.
        case directories
        /// These words.
        case values([String])
    }

    let shell: Shell
    let text: String

    /// Shown by a failing expectation instead of the whole script.
    var description: String { "the \(shell) script" }

    init(_ shell: Shell) throws {
        let result = try CommandRunner.run(["--generate-completion-script", shell.rawValue])
        guard result.status == 0 else { throw HelpTextError("no \(shell) script: \(result)") }
        self.shell = shell
        text = result.stdout
    }

    /// Whether the script offers `offer` in `slot` of the command at `path` (`["keys", "new"]`).
    func offers(_ offer: Offer, in slot: Slot, of path: [String]) -> Bool {
        switch shell {
        case .bash: bashOffers(offer, in: slot, of: path)
        case .zsh: zshOffers(offer, in: slot, of: path)
        case .fish: fishOffers(offer, in: slot, of: path)
        }
    }

    /// The body of the shell function `_leadpact_keys_new()` and the like.
    private func function(_ path: [String]) -> [Substring] {
        let name = (["_leadpact"] + path).joined(separator: "_") + "() {"
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0 == name }) else { return [] }
        return Array(lines[(start + 1)...].prefix { $0 != "}" })
    }

    /// bash: the `case` branch for the option (`'--output'|'-o')`) or the argument (`1)`, `*)`).
    private func bashOffers(_ offer: Offer, in slot: Slot, of path: [String]) -> Bool {
        let body = function(path)
        let labels: [String] = switch slot {
        case .option(let name): ["'\(name)')", "'\(name)'|"]
        case .argument(let place): place == 1 ? ["\(place))", "*)"] : ["\(place))"]
        }
        guard let start = body.firstIndex(where: { line in
            labels.contains { line.trimmingCharacters(in: .whitespaces).hasPrefix($0) }
        }) else { return false }
        let branch = body[start...].prefix { !$0.contains(";;") }.joined(separator: "\n")
        switch offer {
        case .files(let extensions) where extensions.isEmpty:
            return branch.contains("__leadpact_add_completions -f\n") || branch.hasSuffix("__leadpact_add_completions -f")
        case .files(let extensions):
            return branch.contains("-fX '!*.@(\(extensions.joined(separator: "|")))'")
        case .directories:
            return branch.contains("__leadpact_add_completions -d")
        case .values(let words):
            return branch.contains("-W '" + words.joined(separator: "'$'\\n''") + "'")
        }
    }

    /// zsh: the `_arguments` spec of the option or of the argument at its place.
    private func zshOffers(_ offer: Offer, in slot: Slot, of path: [String]) -> Bool {
        let body = function(path)
        let specs = body.map { $0.trimmingCharacters(in: .whitespaces) }
        let spec: String? = switch slot {
        case .option(let name):
            specs.first { $0.hasPrefix("'\(name)[") || $0.contains("{\(name),") || $0.contains(",\(name)}") }
        case .argument(let place):
            specs.filter { $0.hasPrefix("':") || $0.hasPrefix("'*:") }.dropFirst(place - 1).first
        }
        guard let spec else { return false }
        switch offer {
        case .files(let extensions) where extensions.isEmpty:
            return spec.hasSuffix(":_files'")
        case .files(let extensions):
            return spec.contains("_files -g '\\''" + extensions.map { "*.\($0)" }.joined(separator: " ") + "'\\''")
        case .directories:
            return spec.hasSuffix(":_files -/'")
        case .values(let words):
            let list = "=(" + words.map { "'\($0)'" }.joined(separator: " ") + ")"
            return spec.contains("__leadpact_complete") && body.contains { $0.contains(list) }
        }
    }

    /// fish: the `complete` line of the option or of the argument at its place.
    private func fishOffers(_ offer: Offer, in slot: Slot, of path: [String]) -> Bool {
        let command = "\"" + (["leadpact"] + path).joined(separator: " ") + "\""
        let lines = text.split(separator: "\n").filter { $0.contains(command) }
        let line: Substring? = switch slot {
        case .option(let name):
            lines.first { $0.contains("completions_for_flags_or_options \(command)") && $0.contains("-l '\(name.dropFirst(2))'") }
        case .argument(let place):
            lines.first { $0.contains("completions_for_positional \(command) -eq \(place)") }
                ?? (place == 1 ? lines.first { $0.contains("completions_for_positional \(command) -ge 1") } : nil)
        }
        guard let line else { return false }
        switch offer {
        case .files(let extensions) where extensions.isEmpty:
            return line.hasSuffix(" -rF")
        case .files(let extensions) where extensions.count == 1:
            return line.contains("*.\\'\(extensions[0])\\';")
        case .files(let extensions):
            return line.contains("set -l exts " + extensions.map { "\\'\($0)\\'" }.joined(separator: " ") + ";")
        case .directories:
            return line.contains("complete_directories")
        case .values(let words):
            return line.contains("-rfka '\(words.joined(separator: " "))'")
        }
    }
}
