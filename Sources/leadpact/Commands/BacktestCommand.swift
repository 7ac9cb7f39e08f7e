import ArgumentParser
import Foundation
import LeadpactAudit
import LeadpactBacktest
import LeadpactContract

/// `leadpact backtest DRAFT --baseline CURRENT --events FILE… <period>`: what a draft contract
/// would have judged on the events the current one judged.
struct BacktestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: "Judge one period of events under a draft contract and under the current one.",
        discussion: """
            Reads the event files once and checks them under both contracts. Shows the \
            semantic changes (as diff does), then per rule the obligations met, breached, \
            waived and open under each with the change in compliance, the MQL volume and \
            MQL→SQL conversion, the targets, the breaches per owner, and the leads whose \
            verdict on a rule flips (the first 50; all with --format json). The period is read \
            in the baseline's time zone. See docs/backtest.md.

            EXAMPLES:
              leadpact backtest contracts/acme-global.sla.yaml \\
                --baseline contracts/history/acme-global-1.3.0.sla.yaml \\
                --events fixtures/acme-global-12w.jsonl --week 2026-W47
              leadpact backtest contracts/acme-global.sla.yaml \\
                --baseline contracts/history/acme-global-1.3.0.sla.yaml \\
                --events fixtures/acme-global-12w.jsonl --month 2026-11 \\
                --format html -o backtest-2026-11.html

            Exit status: 0 done, 1 a contract has errors, 2 usage or I/O error, 3 bad event \
            lines under either contract with --strict.
            """
    )

    @Argument(help: "The draft contract (.sla.yaml).", completion: .yamlFile)
    var draft: String

    @Option(name: .long, help: "The contract in force, to compare against.", completion: .yamlFile)
    var baseline: String

    @OptionGroup var eventLog: EventLogOptions

    @OptionGroup var period: PeriodOptions

    @Option(name: .long, help: "Report format.")
    var format: BacktestFormat = .text

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.", completion: .anyFile)
    var output: String?

    @Flag(name: .long, help: "Fail (exit status 3) when any event line is bad under either contract.")
    var strict = false

    func run() throws {
        if let problem = period.usageProblem {
            StandardStreams.writeErrorLine(problem + " (see leadpact backtest --help)")
            throw ExitCode(2)
        }
        let destination = try OutputFile(output, inputs: [draft, baseline] + eventLog.events)
        let current = try ContractLoading.load(baseline)
        let proposed = try ContractLoading.load(draft)
        let covered: ReportPeriod
        do {
            covered = try period.period(timeZone: current.metadata.timeZone)
        } catch {
            StandardStreams.writeErrorLine(error.description)
            throw ExitCode(2)
        }
        let result = try AuditRun.perform { progress throws(AuditError) in
            try Backtester.run(
                baseline: current, baselineDigest: current.digest, draft: proposed, draftDigest: proposed.digest,
                eventFiles: eventLog.events, period: covered, options: AuditOptions(strict: strict, progress: progress))
        }
        try destination.write(format.render(result))
    }
}
