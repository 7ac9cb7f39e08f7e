import ArgumentParser
import LeadpactDiagnostics

/// `leadpact help COMMAND [SUBCOMMAND]` shows the help of the command the words name. A word
/// that names no command is a usage error (exit status 2), not the top-level help with
/// status 0, so a script or a typo learns that the topic does not exist.
enum HelpTopic {
    /// Throws a `ValidationError` naming the first word after `help` that is not a command
    /// (with the closest command name, when one is near); does nothing for other command lines.
    static func validate(_ arguments: [String], root: any ParsableCommand.Type) throws {
        guard arguments.first == "help" else { return }
        var command = root
        var path = [root.configuration.commandName ?? "leadpact"]
        for word in arguments.dropFirst() where !word.hasPrefix("-") {
            let subcommands = command.configuration.subcommands
            if let next = subcommands.first(where: { names(of: $0).contains(word) }) {
                command = next
                path.append(word)
                continue
            }
            let known = subcommands.compactMap { $0.configuration.commandName }
            let spoken = path.joined(separator: " ")
            let hint = Suggestion.closest(to: word, in: known).map { "; did you mean '\($0)'?" }
                ?? (known.isEmpty ? "; '\(spoken)' has no subcommands" : " (commands: \(known.joined(separator: ", ")))")
            throw ValidationError("'\(word)' is not a \(spoken) command\(hint)")
        }
    }

    /// The name and aliases a command answers to.
    private static func names(of command: any ParsableCommand.Type) -> [String] {
        (command.configuration.commandName.map { [$0] } ?? []) + command.configuration.aliases
    }
}
