import Foundation
import Testing

/// Every command's `--help` states its exit status and shows examples, and every example runs
/// as printed on the shipped files, so the help cannot drift away from the commands.
@Suite struct HelpTextTests {
    /// Every command as the words after `leadpact` (`[]` is `leadpact` itself), found by
    /// walking the SUBCOMMANDS sections of the help texts.
    static func commands() throws -> [[String]] {
        var found: [[String]] = []
        var queue: [[String]] = [[]]
        while !queue.isEmpty {
            let path = queue.removeFirst()
            found.append(path)
            queue += try HelpText(of: path).subcommands.filter { $0 != "help" }.map { path + [$0] }
        }
        return found
    }

    @Test func theWalkFindsEveryCommand() throws {
        let commands = try Self.commands()
        for expected in [["check"], ["audit"], ["queue"], ["diff"], ["fixtures", "generate"], ["keys", "new"], ["schema"]] {
            #expect(commands.contains(expected), "\(expected) not found in \(commands)")
        }
        #expect(commands.count == 16, "\(commands)")
    }

    @Test func everyHelpStatesItsExitStatus() throws {
        for path in try Self.commands() {
            let help = try HelpText(of: path)
            #expect(help.text.contains("Exit status: 0"), "leadpact \(path) --help:\n\(help.text)")
        }
    }

    @Test func everyExampleInEveryHelpRunsOnTheShippedFiles() throws {
        for path in try Self.commands() {
            let examples = try HelpText(of: path).examples()
            #expect(!examples.isEmpty, "leadpact \(path) --help has no examples")
            // Each command's examples run in order in a fresh copy of the shipped files, so an
            // example may use what an earlier one wrote (a key, an event log).
            let sandbox = try TemporaryDirectory()
            defer { sandbox.remove() }
            try sandbox.copy("contracts", to: "contracts")
            try sandbox.copy("fixtures", to: "fixtures")
            for example in examples {
                let result = try CommandRunner.run(example, in: sandbox.url)
                #expect(result.status == 0, "leadpact \(example.joined(separator: " ")): \(result)")
            }
        }
    }

    @Test func auditHelpLinksTheEventFormat() throws {
        #expect(try HelpText(of: ["audit"]).text.contains("docs/events.md"))
    }

    @Test func usageShowsRequiredArgumentsAsRequired() throws {
        let audit = try HelpText(of: ["audit"]).usage
        #expect(audit.contains("--events <file> ..."), "\(audit)")
        #expect(!audit.contains("[--events"), "\(audit)")
        let generate = try HelpText(of: ["fixtures", "generate"]).usage
        #expect(generate.contains("generate <contract>"), "\(generate)")
    }
}
