import ArgumentParser
import Foundation
import LeadpactAudit
import LeadpactCalendar

/// `leadpact fixtures`: tools for test and demo data.
struct FixturesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fixtures",
        abstract: "Make test and demo data for a contract.",
        discussion: """
            EXAMPLES:
              leadpact fixtures generate contracts/acme-global.sla.yaml --weeks 2 \\
                -o events.jsonl

            Exit status: 0 help shown, 2 usage error; each subcommand's help gives its own.
            """,
        subcommands: [GenerateFixturesCommand.self]
    )
}

/// `leadpact fixtures generate`: a realistic, seeded event log for a contract.
struct GenerateFixturesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a realistic, seeded lead-handoff event log (JSON lines) for a contract.",
        usage: "leadpact fixtures generate <contract> [<options>]",
        discussion: """
            The same contract, options and seed always give the same bytes. Reps keep their \
            calendars' working hours and holidays; the log has re-handoffs, duplicates, missing \
            reasons and a few malformed lines on purpose. A summary goes to standard error. \
            The event format: docs/events.md.

            EXAMPLES:
              leadpact fixtures generate contracts/acme-global.sla.yaml --leads 50 \\
                --weeks 2 --seed 7 -o events.jsonl
              leadpact audit contracts/acme-global.sla.yaml --events events.jsonl \\
                --from 2026-09-07 --to 2026-09-21

            Exit status: 0 written, 1 the contract has errors, 2 usage error, a file that \
            cannot be read or written, or a contract the generator cannot use.
            """
    )

    @Argument(help: ArgumentHelp("The contract file (.sla.yaml).", valueName: "contract"), completion: .yamlFile)
    var contractFile: String?

    /// The contract's earlier spelling, `--contract FILE`, kept for scripts that use it.
    @Option(name: .customLong("contract"), help: .hidden, completion: .yamlFile)
    var contractOption: String?

    /// The contract, from the argument or from `--contract`.
    var contract: String { contractFile ?? contractOption ?? "" }

    @Option(name: .long, help: "Leads first seen during the log.")
    var leads: Int = 500

    @Option(name: .long, help: "Length of the log in weeks.")
    var weeks: Int = 12

    @Option(name: .long, help: "Seed of the pseudo-random generator.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "First day of the log, YYYY-MM-DD, in the contract's time zone.")
    var start: String = "2026-09-07"

    @Option(name: .shortAndLong, help: "Write the log here instead of standard output.", completion: .anyFile)
    var output: String?

    func validate() throws {
        switch (contractFile, contractOption) {
        case (nil, nil): throw ValidationError("name the contract file, e.g. leadpact fixtures generate contracts/acme-global.sla.yaml")
        case (_?, _?): throw ValidationError("name the contract once: as the argument (--contract is its older spelling)")
        default: break
        }
    }

    /// Bad option values are usage errors with exit status 2, like the other commands'.
    private func checkUsage() throws -> LocalDate {
        var problem: String?
        if leads < 1 { problem = "--leads must be at least 1" }
        if weeks < 1 { problem = "--weeks must be at least 1" }
        guard let day = LocalDate(iso: start), problem == nil else {
            let message = problem ?? "--start must be a date like 2026-09-07, not '\(start)'"
            StandardStreams.writeErrorLine("\(message) (see leadpact fixtures generate --help)")
            throw ExitCode(2)
        }
        return day
    }

    func run() throws {
        let day = try checkUsage()
        let compiled = try ContractLoading.load(contract)
        let summary: FixtureSummary
        do {
            let generator = try FixtureGenerator(contract: compiled, options: FixtureOptions(leads: leads, weeks: weeks, seed: seed, start: day))
            let sink = try FixtureSink(path: output, inputs: [contract])
            summary = try generator.generate { try sink.write($0) }
            try sink.close()
        } catch let error as FixtureError {
            StandardStreams.writeErrorLine(error.description)
            throw ExitCode(2)
        }
        let types = summary.linesByType.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        StandardStreams.writeError("""
        generated \(summary.lines) lines (\(summary.bytes) bytes) for \(summary.leads) leads and \(summary.reps) reps
          \(types)
          bad lines \(summary.badLines)

        """)
    }
}
