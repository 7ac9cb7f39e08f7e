import ArgumentParser
import Foundation
import LeadpactAudit
import LeadpactCalendar
import LeadpactContract

/// `leadpact queue CONTRACT --events FILE… [--at INSTANT|now] [--within DURATION]`: what is
/// owed at one instant, breaching first, by owner, most urgent first.
struct QueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "List the obligations open at an instant, breaching first, by owner, most urgent first.",
        discussion: """
            The queue at an instant is what an audit of a period ending there leaves open, \
            each with its due time, its owner and the time left in business time (on the \
            lead's calendar) and in wall time; obligations already past due and unmet whose \
            lead still waits come first, as breaching. --within limits the open ones to those \
            due within a duration ('4 business hours', '2 business days', '90m'). Event files \
            are read as by audit (docs/events.md). The queue and its formats: docs/queue.md.

            EXAMPLES:
              leadpact queue contracts/acme-global.sla.yaml \\
                --events fixtures/acme-global-12w.jsonl --at 2026-11-27T09:00:00-05:00
              leadpact queue contracts/acme-global.sla.yaml \\
                --events fixtures/acme-global-12w.jsonl --at 2026-11-27T09:00:00-05:00 \\
                --within "4 business hours" --format html -o queue.html

            Exit status: 0 done, 1 breaching obligations with --fail-if-breaching, 2 usage \
            or I/O error, 3 bad event lines with --strict.
            """
    )

    @Argument(help: "The contract file (.sla.yaml).", completion: .yamlFile)
    var contract: String

    @OptionGroup var eventLog: EventLogOptions

    @Option(name: .long, help: ArgumentHelp(
        "The instant, RFC 3339 with an offset (2026-11-27T09:00:00-05:00), or now.", valueName: "instant"))
    var at: String = "now"

    @Option(name: .long, help: ArgumentHelp(
        "Only open obligations due within this duration, e.g. '4 business hours' or 90m.", valueName: "duration"))
    var within: String?

    @Option(name: .long, help: "Output format.")
    var format: QueueFormat = .text

    @Option(name: .shortAndLong, help: "Write the queue to this file instead of standard output.", completion: .anyFile)
    var output: String?

    @Flag(name: .long, help: "Exit with status 1 when any obligation is breaching.")
    var failIfBreaching = false

    @Flag(name: .long, help: "Fail (exit status 3) when any event line is bad.")
    var strict = false

    func run() throws {
        let instant = try Self.instant(at)
        let window = try within.map(Self.window)
        let destination = try OutputFile(output, inputs: [contract] + eventLog.events)
        let loaded = try ContractLoading.load(contract)
        let queue = try AuditRun.perform { progress throws(AuditError) in
            try ObligationQueue.take(
                contract: loaded, digest: loaded.digest, eventFiles: eventLog.events, at: instant, within: window,
                options: AuditOptions(strict: strict, progress: progress))
        }
        try destination.write(format.renderer.render(queue))
        if failIfBreaching && !queue.breaching.isEmpty { throw ExitCode(1) }
    }

    /// `now`, or an RFC 3339 instant inside the years calendars cover.
    static func instant(_ text: String) throws -> Date {
        if text == "now" { return Date() }
        switch RFC3339.parseMilliseconds(text) {
        case .success(let millis):
            let instant = Date(timeIntervalSince1970: Double(millis) / 1000)
            guard BusinessCalendar.supportedRange.contains(instant) else {
                throw usageError("--at '\(text)' lies outside the years 1900-2299 that calendars cover")
            }
            return instant
        case .failure(.noOffset):
            throw usageError("--at '\(text)' has no offset; add one, e.g. '\(text)Z' or '\(text)-05:00'")
        case .failure:
            throw usageError("--at '\(text)' is neither now nor an RFC 3339 timestamp; write e.g. 2026-11-27T09:00:00-05:00")
        }
    }

    /// `--within`: a duration as the contract writes one.
    static func window(_ text: String) throws -> QueueWindow {
        switch DurationSyntax.parse(text) {
        case .success(let duration): return QueueWindow(text: text, duration: duration)
        case .failure(let problem): throw usageError("--within: \(problem)")
        }
    }

    /// Prints `error: message` and returns exit status 2 to throw.
    private static func usageError(_ message: String) -> ExitCode {
        StandardStreams.writeErrorLine(message + " (see leadpact queue --help)")
        return ExitCode(2)
    }
}
