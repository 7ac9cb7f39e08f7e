import Foundation
import Testing

/// `leadpact check CONTRACT…`: exit 0 clean, 1 errors, 2 unreadable; every output format.
@Suite struct CheckCommandTests {
    /// `path:line:col: error[LPnnn]: message` (the brief's text form).
    static var errorLine: Regex<(Substring, path: Substring, line: Substring, column: Substring)> { #/^(?<path>[^:]+):(?<line>\d+):(?<column>\d+): error\[LP\d{3}\]: .+/# }

    static func invalidContracts() throws -> [String] {
        try Repository.files(in: "contracts/invalid", endingWith: ".sla.yaml")
    }

    @Test func everyShippedContractIsCleanAndPrintsNothing() throws {
        let contracts = try Repository.shippedContracts()
        #expect(!contracts.isEmpty, "no contracts/*.sla.yaml found")
        for contract in contracts {
            let result = try CommandRunner.run(["check", contract])
            #expect(result.status == 0, "\(contract): \(result)")
            #expect(result.stdout.isEmpty, "\(contract): \(result)")
        }
    }

    @Test func manyCleanContractsAtOnce() throws {
        let contracts = try Repository.shippedContracts()
        let result = try CommandRunner.run(["check"] + contracts)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
    }

    @Test func everyInvalidContractFailsWithPositionedErrors() throws {
        let contracts = try Self.invalidContracts()
        for contract in contracts {
            let result = try CommandRunner.run(["check", contract])
            #expect(result.status == 1, "\(contract): \(result)")
            let errors = result.stdoutLines.compactMap { try? Self.errorLine.wholeMatch(in: $0) }
            #expect(!errors.isEmpty, "\(contract): no 'path:line:col: error[LP…]' line in \(result)")
            for error in errors {
                #expect(error.output.path == contract, "\(contract): \(error.output.0)")
                #expect((Int(error.output.line) ?? 0) >= 1 && (Int(error.output.column) ?? 0) >= 1)
            }
        }
    }

    @Test func textOutputMatchesTheRecordedDiagnostics() throws {
        for contract in try Self.invalidContracts() {
            let golden = String(contract.dropLast(".sla.yaml".count)) + ".expected.txt"
            guard let expected = try? Repository.text(golden) else { continue }
            let result = try CommandRunner.run(["check", contract])
            #expect(result.stdout == expected, "\(contract) differs from \(golden)")
        }
    }

    @Test func aValidAndAnInvalidContractTogetherReportOnlyTheInvalidOne() throws {
        let invalid = try #require(try Self.invalidContracts().first, "no contracts/invalid/*.sla.yaml")
        let result = try CommandRunner.run(["check"] + (try Repository.shippedContracts()) + [invalid])
        #expect(result.status == 1, "\(result)")
        let errors = result.stdoutLines.compactMap { try? Self.errorLine.wholeMatch(in: $0) }
        #expect(!errors.isEmpty, "\(result)")
        #expect(errors.allSatisfy { $0.output.path == invalid }, "\(result)")
    }

    @Test func everyInvalidContractAtOnceNamesEachFile() throws {
        let contracts = try Self.invalidContracts()
        try #require(!contracts.isEmpty, "no contracts/invalid/*.sla.yaml")
        let result = try CommandRunner.run(["check"] + contracts)
        #expect(result.status == 1, "\(result)")
        let named = Set(result.stdoutLines.compactMap { try? Self.errorLine.wholeMatch(in: $0) }.map { String($0.output.path) })
        #expect(named == Set(contracts))
    }

    @Test func anUnknownKeyIsAnErrorWithADidYouMean() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let text = CompileCommandTests.minimal.replacingOccurrences(of: "first_touch_within:", with: "first_touch_witin:")
        try directory.write(text, to: "typo.sla.yaml")
        let result = try CommandRunner.run(["check", "typo.sla.yaml"], in: directory.url)
        #expect(result.status == 1, "\(result)")
        let error = try #require(result.stdoutLines.first { (try? Self.errorLine.wholeMatch(in: $0)) != nil }, "\(result)")
        #expect(error.hasPrefix("typo.sla.yaml:11:3: error[LP2"), "\(error)")
        #expect(error.contains("'first_touch_within'"), "\(error)")
    }

    @Test func aMissingFileExitsTwoAndNamesIt() throws {
        let missing = "contracts/no-such-contract.sla.yaml"
        let result = try CommandRunner.run(["check", missing])
        #expect(result.status == 2, "\(result)")
        #expect((result.stdout + result.stderr).contains(missing), "\(result)")
    }

    @Test func aMissingFileAmongValidOnesStillExitsTwo() throws {
        let result = try CommandRunner.run(["check", "contracts/minimal.sla.yaml", "contracts/no-such-contract.sla.yaml"])
        #expect(result.status == 2, "\(result)")
    }
}
