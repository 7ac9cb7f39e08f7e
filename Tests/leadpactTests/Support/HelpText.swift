import Foundation

/// What the tests read from `leadpact … --help`: the commands it lists, its usage line, and
/// the examples of its EXAMPLES section, as the command lines a shell would run.
struct HelpText {
    /// The help as printed.
    let text: String

    /// The help of the command at `path` (`[]` for `leadpact` itself).
    init(of path: [String]) throws {
        let result = try CommandRunner.run(path + ["--help"])
        guard result.status == 0 else { throw HelpTextError("leadpact \(path.joined(separator: " ")) --help: \(result)") }
        text = result.stdout
    }

    /// The lines of one section: those after `TITLE:` up to the next empty line.
    func section(_ title: String) -> [String] {
        let lines = text.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "\(title):") else { return [] }
        return Array(lines[(start + 1)...].prefix { !$0.isEmpty })
    }

    /// The names under SUBCOMMANDS (an entry starts two spaces in; a wrapped abstract deeper).
    var subcommands: [String] {
        section("SUBCOMMANDS").compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
            return line.split(separator: " ").first.map(String.init)
        }
    }

    /// The text after `USAGE:`, up to the empty line that ends it.
    var usage: String {
        let lines = text.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("USAGE:") }) else { return "" }
        return lines[start...].prefix { !$0.isEmpty }.joined(separator: "\n")
    }

    /// Each example of the EXAMPLES section as the arguments after `leadpact`: a line ending
    /// in ` \` goes on on the next line, and quotes group words, as in a shell.
    func examples() throws -> [[String]] {
        var commands: [String] = []
        var pending: String?
        for line in section("EXAMPLES") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let joined = pending.map { "\($0) \(trimmed)" } ?? trimmed
            if joined.hasSuffix("\\") {
                pending = String(joined.dropLast()).trimmingCharacters(in: .whitespaces)
            } else {
                commands.append(joined)
                pending = nil
            }
        }
        if let pending { throw HelpTextError("an example ends in a line continuation: \(pending)") }
        return try commands.map { command in
            let words = try Self.words(command)
            guard words.first == "leadpact" else { throw HelpTextError("an example that is not a leadpact command: \(command)") }
            return Array(words.dropFirst())
        }
    }

    /// Splits a command line into words; single or double quotes keep spaces in a word.
    static func words(_ line: String) throws -> [String] {
        var words: [String] = []
        var word: String?
        var quote: Character?
        for character in line {
            switch (quote, character) {
            case (nil, "\""), (nil, "'"):
                quote = character
                word = word ?? ""
            case (let open?, _) where character == open:
                quote = nil
            case (nil, " "):
                if let finished = word { words.append(finished) }
                word = nil
            default:
                word = (word ?? "") + String(character)
            }
        }
        if quote != nil { throw HelpTextError("an unclosed quote in: \(line)") }
        if let word { words.append(word) }
        return words
    }
}

/// A help text the tests cannot read.
struct HelpTextError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
