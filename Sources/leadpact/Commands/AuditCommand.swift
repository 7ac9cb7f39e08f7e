import ArgumentParser
import Foundation
import LeadpactAudit
import LeadpactContract

/// `leadpact audit CONTRACT --events FILE… (--week W | --month M | --from D --to D)`:
/// the breaches of both sides over one report period.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Check a lead-handoff event log against a contract for one period.",
        discussion: """
            Event files are JSON lines (one event a line), or CSV when the name ends in .csv. \
            The period is an ISO week, a month, or --from/--to dates (--to exclusive), all in \
            the contract's time zone. Exit status: 0 done, 1 breaches with --fail-on-breach, \
            2 usage or I/O error, 3 bad event lines with --strict.
            """
    )

    @Argument(help: "The contract file (.sla.yaml).")
    var contract: String

    @Option(name: .long, parsing: .upToNextOption, help: "Event files (JSON lines or .csv), read in this order.")
    var events: [String] = []

    @Option(name: .long, help: "An ISO week, e.g. 2026-W47.")
    var week: String?

    @Option(name: .long, help: "A month, e.g. 2026-11.")
    var month: String?

    @Option(name: .long, help: "First day covered, e.g. 2026-11-01 (with --to).")
    var from: String?

    @Option(name: .long, help: "First day no longer covered, e.g. 2026-12-01 (with --from).")
    var to: String?

    @Option(name: .long, help: "Report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .text

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    @Flag(name: .long, help: "Exit with status 1 when the period has any breach.")
    var failOnBreach = false

    @Flag(name: .long, help: "Fail (exit status 3) when any event line is bad.")
    var strict = false

    /// Option conflicts are usage errors with exit status 2 (checked here rather than in
    /// `validate()`, whose errors exit with 64).
    private func checkUsage() throws {
        var problem: String?
        let chosen = [week != nil, month != nil, from != nil || to != nil].filter { $0 }.count
        if events.isEmpty {
            problem = "give at least one event file with --events FILE…"
        } else if chosen != 1 {
            problem = "give exactly one period: --week 2026-W47, --month 2026-11, or --from D --to D"
        } else if (from == nil) != (to == nil) {
            problem = "--from and --to go together (--to is exclusive)"
        }
        if let problem {
            Self.printError(problem + " (see leadpact audit --help)")
            throw ExitCode(2)
        }
    }

    func run() throws {
        try checkUsage()
        let loaded = try ContractLoading.load(contract)
        let period = try reportPeriod(timeZone: loaded.metadata.timeZone)
        let result: AuditResult
        let progress = AuditProgressLine()
        do {
            result = try Auditor.audit(
                contract: loaded, digest: loaded.digest, eventFiles: events, period: period,
                options: AuditOptions(
                    strict: strict, summarisesCycles: format.showsMetrics,
                    trendPeriods: format.showsTrend ? AuditRenderers.trendPeriods : 0, progress: progress.callback))
            progress.finish()
        } catch {
            progress.finish()
            Self.printError(error.description)
            if case .badLines(_, let issues) = error {
                for issue in issues { Self.printError("\(issue.file):\(issue.line): \(issue.message)") }
                throw ExitCode(3)
            }
            throw ExitCode(2)
        }
        let renderer = AuditRenderers.renderer(
            for: format, contract: loaded, trend: result.trend,
            colored: output == nil && Terminal.isTerminal(FileHandle.standardOutput))
        try OutputFile.stream(to: output) { renderer.write(result, to: &$0) }
        let breached = !result.breaches.isEmpty
        ProcessLifetime.keep(result)
        if failOnBreach && breached { throw ExitCode(1) }
    }

    private func reportPeriod(timeZone: String) throws -> ReportPeriod {
        do {
            if let week { return try ReportPeriod.week(week, timeZone: timeZone) }
            if let month { return try ReportPeriod.month(month, timeZone: timeZone) }
            return try ReportPeriod.range(from: from ?? "", to: to ?? "", timeZone: timeZone)
        } catch {
            Self.printError(error.description)
            throw ExitCode(2)
        }
    }

    private static func printError(_ message: String) {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    }
}
