import Foundation
import Testing

/// The command line speaks one way everywhere: `-o/--output` for where a command writes, the
/// contract as the first argument, and the older spellings still work for scripts that use them.
@Suite struct CommandSpellingTests {
    @Test(arguments: [["-o", "keys"], ["--output", "keys"], ["--out", "keys"]])
    func keysNewWritesToTheDirectoryNamed(option: [String]) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let made = try CommandRunner.run(["keys", "new", "--name", "dana-lee"] + option, in: directory.url)
        #expect(made.status == 0, "\(made)")
        #expect(FileManager.default.fileExists(atPath: directory.path("keys/dana-lee.key")), "\(made)")
        #expect(FileManager.default.fileExists(atPath: directory.path("keys/dana-lee.pub")), "\(made)")
    }

    @Test func keysNewTakesTheDirectoryOnce() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let made = try CommandRunner.run(["keys", "new", "--name", "dana-lee", "-o", "a", "--out", "b"], in: directory.url)
        #expect(made.status == 2, "\(made)")
        #expect(!FileManager.default.fileExists(atPath: directory.path("a")), "\(made)")
    }

    @Test func keysNewHelpShowsOutputAndHidesOut() throws {
        let help = try HelpText(of: ["keys", "new"]).text
        #expect(help.contains("-o, --output <dir>"), "\(help)")
        #expect(!help.contains("--out "), "\(help)")
    }

    @Test func fixturesGenerateTakesTheContractAsItsArgumentOrAsTheOldOption() throws {
        let options = ["--leads", "5", "--weeks", "1", "--seed", "3"]
        let positional = try CommandRunner.run(["fixtures", "generate", "contracts/acme-global.sla.yaml"] + options)
        let named = try CommandRunner.run(["fixtures", "generate", "--contract", "contracts/acme-global.sla.yaml"] + options)
        #expect(positional.status == 0, "\(positional)")
        #expect(!positional.stdout.isEmpty, "\(positional)")
        #expect(positional.stdout == named.stdout, "\(named)")
    }

    @Test(arguments: [
        ["fixtures", "generate"],
        ["fixtures", "generate", "contracts/minimal.sla.yaml", "--contract", "contracts/minimal.sla.yaml"],
    ])
    func fixturesGenerateNeedsExactlyOneContract(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        #expect(result.stderr.contains("contract"), "\(result)")
    }
}
