import ArgumentParser
import Foundation
import LeadpactCalendar
import LeadpactContract
import LeadpactDiagnostics

/// `leadpact due CONTRACT --calendar NAME (--start TS --add DURATION | --between TS TS)`.
struct DueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "Compute a due instant, or the business time between two instants, on a contract's calendar.",
        discussion: """
            With --start and --add, prints the instant at which DURATION (e.g. '30 business \
            minutes', '1 business hour', '10 business days', '2d') runs out, in RFC 3339 in the \
            calendar's zone. With --between, prints the business time between two instants in \
            seconds and in hours and minutes. Timestamps are RFC 3339 with an offset. The \
            rules: docs/business-time.md.

            EXAMPLES:
              leadpact due contracts/acme-global.sla.yaml --calendar emea \\
                --start 2026-11-20T17:00:00-05:00 --add "1 business hour"
              leadpact due contracts/acme-global.sla.yaml --calendar na \\
                --between 2026-11-25T16:00:00-05:00 2026-11-27T10:00:00-05:00

            Exit status: 0 success, 1 the contract has errors or no due exists before 2300, \
            2 bad input or an unreadable file.
            """
    )

    @Argument(help: "The contract file whose calendars to use.", completion: .yamlFile)
    var contract: String

    @Option(help: "The calendar's name in the contract's `calendars` section.")
    var calendar: String

    @Option(help: "The start instant, RFC 3339 with an offset (2026-11-20T17:00:00-05:00).")
    var start: String?

    @Option(help: "The duration to add: 'N unit', 'N business unit' or a short form such as 30m.")
    var add: String?

    @Option(parsing: .upToNextOption, help: "Two instants: print the business time between them.")
    var between: [String] = []

    func run() throws {
        let question = try readQuestion()
        let contract = try ContractLoading.load(self.contract)
        guard let spec = contract.calendars[calendar] else {
            let names = contract.calendars.keys.sorted()
            let hint = Suggestion.closest(to: calendar, in: names).map { "; did you mean '\($0)'?" }
                ?? (names.isEmpty ? "; the contract defines no calendars" : " (calendars: \(names.joined(separator: ", ")))")
            throw Self.fail("\(self.contract): unknown calendar '\(calendar)'\(hint)")
        }
        let businessCalendar: BusinessCalendar
        do {
            businessCalendar = try BusinessCalendar(spec: spec)
        } catch {
            throw Self.fail("\(self.contract): calendar '\(calendar)': \(error)", code: 1)
        }

        switch question {
        case .due(let from, let duration):
            let due = businessCalendar.add(duration, to: from)
            guard due < BusinessCalendar.supportedRange.upperBound || !duration.isBusiness else {
                throw Self.fail("no due instant before 2300 on calendar '\(calendar)'", code: 1)
            }
            try StandardStreams.write(RFC3339.format(due, in: businessCalendar.timeZone) + "\n")
        case .between(let from, let to):
            let seconds = businessCalendar.elapsed(from: from, to: to)
            try StandardStreams.write("\(DurationSyntax.amount(seconds, "second", business: true)) (\(Self.readable(seconds)))\n")
        }
    }

    /// What the user asked.
    enum Question {
        case due(Date, SLADuration)
        case between(Date, Date)
    }

    /// Reads the options into a question, or stops with exit 2 and a message.
    func readQuestion() throws -> Question {
        switch (start, add, between.isEmpty) {
        case (let start?, let add?, true):
            let duration: SLADuration
            switch DurationSyntax.parse(add) {
            case .success(let value): duration = value
            case .failure(let problem): throw Self.fail("--add: \(problem)")
            }
            return .due(try Self.instant(start, option: "--start"), duration)
        case (nil, nil, false):
            guard between.count == 2 else {
                throw Self.fail("--between takes two timestamps, got \(between.count)")
            }
            return .between(try Self.instant(between[0], option: "--between"), try Self.instant(between[1], option: "--between"))
        default:
            throw Self.fail("give either --start TS --add DURATION, or --between TS TS")
        }
    }

    /// An RFC 3339 instant inside the calendar's supported range.
    static func instant(_ text: String, option: String) throws -> Date {
        let instant: Date
        switch RFC3339.parseMilliseconds(text) {
        case .success(let millis):
            instant = Date(timeIntervalSince1970: Double(millis) / 1000)
        case .failure(.noOffset):
            throw fail("\(option) '\(text)' has no offset; add one, e.g. '\(text)Z' or '\(text)-05:00'")
        case .failure:
            throw fail("\(option) '\(text)' is not an RFC 3339 timestamp; write e.g. 2026-11-20T17:00:00-05:00")
        }
        guard BusinessCalendar.supportedRange.contains(instant) else {
            throw fail("\(option) '\(text)' lies outside the years 1900-2299 that calendars cover")
        }
        return instant
    }

    /// `9h 30m`, `45m 10s`, `0s`.
    static func readable(_ seconds: Int64) -> String {
        let parts = [(seconds / 3600, "h"), (seconds / 60 % 60, "m"), (seconds % 60, "s")].filter { $0.0 != 0 }
        return parts.isEmpty ? "0s" : parts.map { "\($0.0)\($0.1)" }.joined(separator: " ")
    }

    /// Prints `error: message` to standard error and returns the exit code to throw.
    static func fail(_ message: String, code: Int32 = 2) -> ExitCode {
        StandardStreams.writeErrorLine(message)
        return ExitCode(code)
    }
}
