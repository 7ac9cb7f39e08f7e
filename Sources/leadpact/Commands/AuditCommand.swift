import ArgumentParser
import Foundation
import LeadpactAudit
import LeadpactContract
import LeadpactDiagnostics

/// `leadpact audit CONTRACT --events FILE… (--week W | --month M | --quarter Q | --from D --to D)`:
/// the breaches of both sides over one report period.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Check a lead-handoff event log against a contract for one period.",
        discussion: """
            Event files are JSON lines (one event a line), or CSV when the name ends in .csv; \
            the event format is described in docs/events.md. The period is an ISO week, a \
            month, a calendar quarter, or --from/--to dates (--to exclusive), all in the contract's time zone. \
            The reports and their formats: docs/reports.md.

            EXAMPLES:
              leadpact audit contracts/acme-global.sla.yaml \\
                --events fixtures/acme-global-12w.jsonl --week 2026-W47
              leadpact audit contracts/acme-global.sla.yaml \\
                --events fixtures/acme-global-12w.jsonl --month 2026-11 \\
                --format html -o acme-2026-11.html

            Exit status: 0 done, 1 breaches with --fail-on-breach, 2 usage or I/O error, \
            3 bad event lines with --strict.
            """
    )

    @Argument(help: "The contract file (.sla.yaml).", completion: .yamlFile)
    var contract: String

    @OptionGroup var eventLog: EventLogOptions

    @OptionGroup
    var periodOptions: PeriodOptions

    @Option(name: .long, help: "Report format.")
    var format: ReportFormat = .text

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.", completion: .anyFile)
    var output: String?

    @Option(name: .long, help: "Fit the text report into this many columns (default: the terminal's width).")
    var width: Int?

    @Flag(name: .long, help: "Exit with status 1 when the period has any breach.")
    var failOnBreach = false

    @Flag(name: .long, help: "Fail (exit status 3) when any event line is bad.")
    var strict = false

    /// Option conflicts are usage errors with exit status 2 (checked here rather than in
    /// `validate()`, whose errors exit with 64).
    private func checkUsage() throws {
        var problem = periodOptions.usageProblem
        if problem == nil, let width, width < Terminal.narrowestWidth {
            problem = "--width must be at least \(Terminal.narrowestWidth) columns, not \(width)"
        }
        if let problem {
            StandardStreams.writeErrorLine(problem + " (see leadpact audit --help)")
            throw ExitCode(2)
        }
    }

    func run() throws {
        try checkUsage()
        let destination = try OutputFile(output, inputs: [contract] + eventLog.events)
        let loaded = try ContractLoading.load(contract)
        let period = try reportPeriod(timeZone: loaded.metadata.timeZone)
        let result = try AuditRun.perform { progress throws(AuditError) in
            try Auditor.audit(
                contract: loaded, digest: loaded.digest, eventFiles: eventLog.events, period: period,
                options: AuditOptions(
                    strict: strict, summarisesCycles: format.showsMetrics,
                    trendPeriods: format.showsTrend ? AuditRenderers.trendPeriods : 0, progress: progress))
        }
        let renderer = AuditRenderers.renderer(
            for: format, contract: loaded, trend: result.trend,
            colored: output == nil && Terminal.isTerminal(FileHandle.standardOutput),
            width: output == nil ? Terminal.width(of: FileHandle.standardOutput, asked: width) : width)
        try destination.stream { renderer.write(result, to: &$0) }
        let breached = !result.breaches.isEmpty
        ProcessLifetime.keep(result)
        if failOnBreach && breached { throw ExitCode(1) }
    }

    private func reportPeriod(timeZone: String) throws -> ReportPeriod {
        do {
            return try periodOptions.period(timeZone: timeZone)
        } catch {
            StandardStreams.writeErrorLine(error.description)
            throw ExitCode(2)
        }
    }
}
