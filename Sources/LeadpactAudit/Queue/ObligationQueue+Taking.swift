public import Foundation
public import LeadpactCalendar
public import LeadpactContract

extension ObligationQueue {
    /// The first instant the queue's audit covers: a breach resolved since then can still be
    /// breaching (calendars count business time from 1900 on).
    static let auditStart = BusinessCalendar.supportedRange.lowerBound

    /// The rules whose obligation runs until a deadline after the handoff and can still be met
    /// late: the others are judged at an event (the handoff, an `sql`, the cycle's end).
    static let deadlineRules: Set<AuditRule> = [.salesAccept, .salesFirstTouch, .salesSequence]

    /// Reads `eventFiles` once, checks every lead against `contract`, and takes the queue at
    /// `instant`: the open obligations of an audit whose period ends at `instant`, and the
    /// breaches of that audit still outstanding (see `init(result:calendars:within:)`).
    ///
    /// - Throws: what `Auditor.audit` throws.
    public static func take(
        contract: Contract, digest: String, eventFiles: [String], at instant: Date, within: QueueWindow?,
        options: AuditOptions
    ) throws(AuditError) -> ObligationQueue {
        var options = options
        options.summarisesCycles = true
        options.judgesEndedTargets = false  // only open targets are owed now; none ended is listed
        let period = ReportPeriod(from: min(auditStart, instant), to: instant, label: "queue")
        let result = try Auditor.audit(
            contract: contract, digest: digest, eventFiles: eventFiles, period: period, options: options)
        var calendars: [String: BusinessCalendar] = [:]
        for (name, spec) in contract.calendars { calendars[name] = try? BusinessCalendar(spec: spec) }
        return ObligationQueue(result: result, calendars: calendars, within: within)
    }

    /// The queue at the end of `result`'s period.
    ///
    /// Open: every obligation `result` lists open, with its due time and owner, limited to
    /// those due within `within`. Breaching: each breach of `result` of a rule with a deadline
    /// (accept, first touch, sequence) that broke because the deadline passed, on a lead whose
    /// handoff cycle (the one the breach belongs to) is still open at the period's end, and
    /// that was not met before the period's end; its owner is the cycle's owner now.
    /// `calendars` are the contract's, by name, for the business time left.
    public init(result: AuditResult, calendars: [String: BusinessCalendar], within: QueueWindow? = nil) {
        let at = result.period.to
        var waiting: [String: CycleSummary] = [:]
        for cycle in result.cycles where cycle.end == nil { waiting[cycle.lead] = cycle }
        let businessLeft = { (due: Date, calendar: String?) -> Int64? in
            guard let calendar = calendar.flatMap({ calendars[$0] }),
                  BusinessCalendar.supportedRange.contains(due) else { return nil }
            return due >= at ? calendar.elapsed(from: at, to: due) : -calendar.elapsed(from: due, to: at)
        }
        var breaching: [QueueItem] = []
        for breach in result.breaches {
            guard Self.deadlineRules.contains(breach.rule), breach.resolvedAt == breach.due,
                  let lead = breach.lead, let cycle = waiting[lead], breach.due > cycle.mqlAt,
                  breach.metAt.map({ $0 >= at }) ?? true
            else { continue }
            let calendar = breach.calendar ?? cycle.calendar
            let wall = ObligationLedger.seconds(SalesClock.millis(breach.due) - SalesClock.millis(at))
            breaching.append(QueueItem(
                rule: breach.rule, lead: lead, owner: cycle.owner, due: breach.due, calendar: calendar,
                secondsLeft: wall, businessSecondsLeft: businessLeft(breach.due, calendar), detail: breach.detail,
                isBreaching: true))
        }
        var open: [QueueItem] = []
        for item in result.open {
            let calendar = item.lead.flatMap { waiting[$0]?.calendar }
            let queued = QueueItem(
                rule: item.rule, lead: item.lead, owner: item.owner, due: item.due, calendar: calendar,
                secondsLeft: item.timeLeftSeconds, businessSecondsLeft: businessLeft(item.due, calendar),
                detail: item.detail, isBreaching: false)
            if let within, !Self.falls(queued, within: within.duration, at: at, calendars: calendars) { continue }
            open.append(queued)
        }
        self.init(
            contract: result.contract, at: at, within: within, breaching: breaching.sorted(by: QueueItem.urgencyOrder),
            open: open.sorted(by: QueueItem.urgencyOrder), input: result.input)
    }

    /// Whether `item` falls due within `duration` of `at`: wall time as such, business time on
    /// the item's calendar (as wall time for an item without one, such as a target).
    static func falls(_ item: QueueItem, within duration: SLADuration, at: Date, calendars: [String: BusinessCalendar]) -> Bool {
        switch duration {
        case .wallClock(let seconds):
            return item.secondsLeft <= seconds
        case .businessTime(let seconds):
            return (item.businessSecondsLeft ?? item.secondsLeft) <= seconds
        case .businessDays(let days):
            guard let calendar = item.calendar.flatMap({ calendars[$0] }) else { return item.secondsLeft <= Int64(days) * 86_400 }
            return item.due <= calendar.add(duration, to: at)
        }
    }
}
