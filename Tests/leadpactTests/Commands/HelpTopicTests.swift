import Foundation
import Testing

/// `leadpact help COMMAND…` shows the help of a command that exists, and refuses (exit 2) a
/// name that is none, saying which name and the closest command.
@Suite struct HelpTopicTests {
    @Test(arguments: [["help", "nosuch"], ["help", "fixtures", "nosuch"], ["help", "audti"]])
    func helpOnAnUnknownCommandIsAUsageError(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        #expect(result.stderr.contains("'\(arguments.last ?? "")' is not a"), "\(result)")
    }

    @Test func helpSuggestsTheClosestCommand() throws {
        let result = try CommandRunner.run(["help", "audti"])
        #expect(result.stderr.contains("did you mean 'audit'?"), "\(result)")
    }

    @Test(arguments: [["help", "audit"], ["help", "fixtures", "generate"], ["help"]])
    func helpOnAKnownCommandShowsItsHelp(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 0, "\(result)")
        let name = (["leadpact"] + arguments.dropFirst()).joined(separator: " ")
        #expect(result.stdout.contains("USAGE: \(name)"), "\(result)")
    }
}
