import LeadpactCalendar
import LeadpactDiagnostics
import LeadpactYAML

extension NodeReader {
    /// A `YYYY-MM-DD` date that exists (quoted or not).
    func date(_ node: YAMLNode, at path: ContractPath) -> LocalDate? {
        guard let text = text(node, at: path) else { return nil }
        if let date = LocalDate(iso: text) { return date }
        let shaped = text.count == 10 && text.unicodeScalars.enumerated().allSatisfy { index, scalar in
            index == 4 || index == 7 ? scalar == "-" : ("0"..."9").contains(scalar)
        }
        let message = shaped
            ? "'\(path.display)': \(text) is not a day of the calendar"
            : "'\(path.display)' must be a date written YYYY-MM-DD, found \(describe(node))"
        context.report(.invalidDate, message, at: node.range)
        return nil
    }

    /// One of a fixed set of words, with a did-you-mean when it is not.
    func choice(_ node: YAMLNode, at path: ContractPath, from options: [String]) -> String? {
        guard let text = text(node, at: path) else { return nil }
        if options.contains(text) { return text }
        let allowed = options.joined(separator: ", ")
        if let guess = Suggestion.closest(to: text, in: options) {
            context.report(
                .invalidChoice, "'\(path.display)' cannot be '\(text)'; did you mean '\(guess)'?", at: node.range,
                notes: [DiagnosticNote("allowed values: \(allowed)")],
                fixIts: [FixIt("replace '\(text)' with '\(guess)'", range: node.range, replacement: guess)]
            )
        } else {
            context.report(
                .invalidChoice, "'\(path.display)' cannot be '\(text)'; allowed values: \(allowed)", at: node.range
            )
        }
        return nil
    }

    /// A duration; business durations only where `businessAllowed` (a calendar applies).
    func duration(_ node: YAMLNode, at path: ContractPath, businessAllowed: Bool) -> SLADuration? {
        guard let text = text(node, at: path) else { return nil }
        switch DurationSyntax.parse(text) {
        case .success(let duration):
            if duration.isBusiness, !businessAllowed {
                context.report(
                    .businessDurationOutsideSales,
                    "'\(path.display)' cannot be a business duration: business time is measured on a calendar, and calendars apply only in 'sales'",
                    at: node.range,
                    fixIts: [FixIt("write a wall-clock duration such as '30 days'")]
                )
                return nil
            }
            return duration
        case .failure(.businessWeeks(let weeks)):
            let (days, overflow) = weeks.multipliedReportingOverflow(by: 5)
            let fixIts = overflow ? [] : [FixIt(
                "write '\(days) business days' if the calendar works five days a week",
                range: node.range, replacement: "\(days) business days"
            )]
            context.report(.businessWeeks, "'\(path.display)': \(DurationSyntaxError.businessWeeks(weeks))", at: node.range, fixIts: fixIts)
            return nil
        case .failure(let problem):
            context.report(.invalidDuration, "'\(path.display)': \(problem)", at: node.range)
            return nil
        }
    }

    /// A wall-clock duration in seconds (business time is not allowed here).
    func wallClockSeconds(_ node: YAMLNode, at path: ContractPath) -> Int64? {
        guard case .wallClock(let seconds)? = duration(node, at: path, businessAllowed: false) else { return nil }
        return seconds
    }
}
