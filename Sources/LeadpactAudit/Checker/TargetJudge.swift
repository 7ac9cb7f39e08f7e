import Foundation
import LeadpactContract

/// Judges `marketing.volume` and `marketing.conversion` over their calendar periods:
/// a period `[s, e)` is reported when `from < e <= to` and listed open when `s < to < e`;
/// every judged one is counted for each counted window with `from < e <= to`.
struct TargetJudge {
    let setup: AuditSetup
    let zone: ZonedDates
    let facts: [CycleFact]
    /// Whether targets whose period ends by the report's end are judged (else only open ones).
    var judgesEnded = true

    /// Judges every target, recording outcomes in `ledger`; returns the progress of those
    /// the report's own period reports or leaves open.
    func judge(into ledger: inout ObligationLedger) -> [TargetProgress] {
        guard let marketing = setup.contract.marketing else { return [] }
        var progress: [TargetProgress] = []
        for (index, target) in marketing.volume.enumerated() {
            for period in periods(target.per) {
                var reached = 0
                for fact in facts where fact.mqlAt >= period.start && fact.mqlAt < period.end && fact.inForce
                    && fact.meetsMQLCriteria && fact.inSegment(index) {
                    reached += 1
                }
                let status = settle(period, met: reached >= target.mqls)
                let item = TargetProgress(
                    rule: .marketingVolume, per: target.per, segment: target.segmentSource, label: period.label,
                    start: SalesClock.date(period.start), end: SalesClock.date(period.end), required: target.mqls,
                    reached: reached, cycles: reached, converted: 0, status: status)
                if record(item, into: &ledger) { progress.append(item) }
            }
        }
        if let conversion = marketing.conversion {
            for period in periods(conversion.per) {
                var cycles = 0, converted = 0
                for fact in facts where fact.mqlAt >= period.start && fact.mqlAt < period.end && fact.inForce {
                    cycles += 1
                    if let sql = fact.sqlAt, sql < period.end { converted += 1 }
                }
                let met = cycles == 0 || converted * 10_000 >= conversion.basisPoints * cycles
                let item = TargetProgress(
                    rule: .marketingConversion, per: conversion.per, segment: nil, label: period.label,
                    start: SalesClock.date(period.start), end: SalesClock.date(period.end),
                    required: conversion.basisPoints, reached: cycles == 0 ? 0 : converted * 10_000 / cycles,
                    cycles: cycles, converted: converted, status: settle(period, met: met))
                if record(item, into: &ledger) { progress.append(item) }
            }
        }
        return progress
    }

    private func settle(_ period: TargetWindow, met: Bool) -> ObligationStatus {
        period.end <= setup.to ? (met ? .met : .breached) : .open
    }

    /// Records a target's outcome; whether it belongs to the report's own period (an earlier
    /// one is only counted for the windows).
    private func record(_ item: TargetProgress, into ledger: inout ObligationLedger) -> Bool {
        let end = SalesClock.millis(item.end)
        if item.status != .open { ledger.countTargetInWindows(item.rule, met: item.status == .met, end: end) }
        guard end > setup.from else { return false }
        switch item.status {
        case .open:
            ledger.keepOpen(item.rule, lead: nil, owner: "marketing", due: end, detail: TargetText.progress(item))
        case .met:
            ledger.judgeTarget(item.rule, breach: nil)
        case .breached, .waived:
            ledger.judgeTarget(item.rule, breach: Breach(
                rule: item.rule, lead: nil, owner: "marketing", due: item.end, resolvedAt: item.end,
                detail: TargetText.shortfall(item), evidence: TargetText.evidence(item)))
        }
        return true
    }

    /// The periods of length `per` reported in or open at the end of `[checkedFrom, to)`,
    /// inside the contract's span in force.
    private func periods(_ per: TargetPeriod) -> [TargetWindow] {
        var result: [TargetWindow] = []
        var startDate = zone.periodStart(of: zone.localDate(of: SalesClock.date(setup.checkedFrom)), per: per)
        while true {
            let endDate = zone.periodEnd(after: startDate, per: per)
            let start = SalesClock.millis(zone.startOfDay(startDate))
            let end = SalesClock.millis(zone.startOfDay(endDate))
            guard start < setup.to else { break }
            let inSpan = (setup.spanStart.map { start >= $0 } ?? true) && (setup.spanEnd.map { end <= $0 } ?? true)
            if end > setup.checkedFrom && inSpan && (judgesEnded || end > setup.to) {
                result.append(TargetWindow(start: start, end: end, label: zone.label(of: startDate, per: per)))
            }
            startDate = endDate
        }
        return result
    }
}

/// One calendar period of a target, in milliseconds.
struct TargetWindow {
    let start: Int64
    let end: Int64
    let label: String
}
