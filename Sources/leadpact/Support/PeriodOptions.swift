import ArgumentParser
import LeadpactAudit

/// The report period every command that covers one takes: an ISO week, a month, or
/// `--from/--to` dates, all in the contract's time zone.
struct PeriodOptions: ParsableArguments {
    @Option(name: .long, help: "An ISO week, e.g. 2026-W47.")
    var week: String?

    @Option(name: .long, help: "A month, e.g. 2026-11.")
    var month: String?

    @Option(name: .long, help: "First day covered, e.g. 2026-11-01 (with --to).")
    var from: String?

    @Option(name: .long, help: "First day no longer covered, e.g. 2026-12-01 (with --from).")
    var to: String?

    /// What is wrong with the combination given, if anything (a usage error, exit status 2).
    var usageProblem: String? {
        let chosen = [week != nil, month != nil, from != nil || to != nil].filter { $0 }.count
        if chosen != 1 {
            return "give exactly one period: --week 2026-W47, --month 2026-11, or --from D --to D"
        }
        if (from == nil) != (to == nil) { return "--from and --to go together (--to is exclusive)" }
        return nil
    }

    /// The period named, in `timeZone` (call after `usageProblem` is `nil`).
    func period(timeZone: String) throws(ReportPeriodError) -> ReportPeriod {
        if let week { return try ReportPeriod.week(week, timeZone: timeZone) }
        if let month { return try ReportPeriod.month(month, timeZone: timeZone) }
        return try ReportPeriod.range(from: from ?? "", to: to ?? "", timeZone: timeZone)
    }
}
