import ArgumentParser
import Foundation
import LeadpactAudit
import LeadpactContract
import LeadpactReview

/// `leadpact review CONTRACT --events FILE… <period>`: the review meeting's pack.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "The review meeting's pack: the contract's review metrics and the scoring feedback loop.",
        discussion: """
            First the metrics the contract's review.metrics names, for the period and the 3 \
            periods of review.cadence before it; then, for the handoffs started in the period, \
            the SQL and won rates by score band, by source, with and without each scoring rule \
            and activity, the end reasons by source, and an MQL score threshold sweep. Every \
            figure gives the handoffs it rests on; a group of fewer than --minimum is marked. \
            The events are read once. Details: docs/review.md.

            EXAMPLES:
              leadpact review contracts/acme-global.sla.yaml \\
                --events fixtures/acme-global-12w.jsonl --from 2026-11-16 --to 2026-11-30
              leadpact review contracts/acme-global.sla.yaml \\
                --events fixtures/acme-global-12w.jsonl --from 2026-11-16 --to 2026-11-30 \\
                --format html -o acme-review.html

            Exit status: 0 done, 1 a contract with errors, 2 usage or I/O error, 3 bad event \
            lines with --strict.
            """
    )

    @Argument(help: "The contract file (.sla.yaml).", completion: .yamlFile)
    var contract: String

    @OptionGroup var eventLog: EventLogOptions

    @OptionGroup var period: PeriodOptions

    @Option(name: .long, help: "Review format.")
    var format: ReviewFormat = .text

    @Option(name: .long, help: "Mark groups of fewer handoffs than this as thin.")
    var minimum = 20

    @Option(name: .long, help: "The width of a score band.")
    var bandWidth = 25

    @Option(name: .shortAndLong, help: "Write the review to this file instead of standard output.", completion: .anyFile)
    var output: String?

    @Flag(name: .long, help: "Fail (exit status 3) when any event line is bad.")
    var strict = false

    func run() throws {
        if let problem = period.usageProblem
            ?? (minimum < 1 ? "--minimum must be at least 1" : nil)
            ?? (bandWidth < 1 ? "--band-width must be at least 1" : nil) {
            StandardStreams.writeErrorLine(problem + " (see leadpact review --help)")
            throw ExitCode(2)
        }
        let destination = try OutputFile(output, inputs: [contract] + eventLog.events)
        let loaded = try ContractLoading.load(contract)
        let reviewed: ReportPeriod
        do {
            reviewed = try period.period(timeZone: loaded.metadata.timeZone)
        } catch {
            StandardStreams.writeErrorLine(error.description)
            throw ExitCode(2)
        }
        let result = try AuditRun.perform { progress throws(AuditError) in
            try Reviewer.review(
                contract: loaded, digest: loaded.digest, eventFiles: eventLog.events, period: reviewed,
                options: ReviewOptions(minimumHandoffs: minimum, bandWidth: bandWidth),
                auditOptions: AuditOptions(strict: strict, progress: progress))
        }
        try destination.write(format.render(result))
    }
}
