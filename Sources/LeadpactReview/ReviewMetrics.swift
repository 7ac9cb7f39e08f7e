import Foundation
public import LeadpactAudit
import LeadpactContract

/// The contract's review metrics per period, computed from one audit spanning all the periods.
/// Each period's cell counts what was logged before that period's end, so it equals what an
/// audit of that period alone reports.
public enum ReviewMetrics {
    /// One row per metric in `names` (one per side for `compliance`; one per side and then one
    /// per rule the contract defines for `breaches`),
    /// over `periods`, which `result` must span and count (`AuditOptions.countedPeriods`).
    public static func rows(names: [String], periods: [ReportPeriod], result: AuditResult) -> [MetricRow] {
        let cycles = result.cycles.filter(\.inForce)
        let counts = periods.map { period in result.counted.first { $0.period == period } }
        return names.flatMap { name in
            rows(name, periods: periods, cycles: cycles, counts: counts)
        }
    }

    private static func rows(_ name: String, periods: [ReportPeriod], cycles: [CycleSummary], counts: [CountedPeriod?]) -> [MetricRow] {
        func handedOff(_ period: ReportPeriod) -> [CycleSummary] { cycles.filter { period.contains($0.mqlAt) } }
        func share(_ period: ReportPeriod, _ reached: (CycleSummary) -> Bool) -> MetricCell {
            let own = handedOff(period)
            return MetricCell(value: rate(own.filter(reached).count, own.count), basis: own.count)
        }
        func before(_ instant: Date?, _ period: ReportPeriod) -> Bool { instant.map { $0 < period.to } ?? false }
        func percentile(_ p: Int, _ measured: (CycleSummary) -> (Date?, Int64?)) -> [MetricCell] {
            periods.map { period in
                let stats = DurationStatistics(samples: cycles.compactMap { cycle in
                    let (at, seconds) = measured(cycle)
                    return at.map(period.contains) == true ? seconds : nil
                })
                return MetricCell(value: stats.percentile(p).map(Double.init), basis: stats.count)
            }
        }
        switch name {
        case "mql_volume":
            return [MetricRow(name: name, unit: .count, cells: periods.map { period in
                let count = handedOff(period).count
                return MetricCell(value: Double(count), basis: count)
            })]
        case "mql_to_sql":
            return [MetricRow(name: name, unit: .share, cells: periods.map { period in share(period) { before($0.sqlAt, period) } })]
        case "rejection_rate":
            return [MetricRow(name: name, unit: .share, cells: periods.map { period in
                share(period) { $0.end == .rejected && before($0.endedAt, period) }
            })]
        case "accept_p50", "accept_p90":
            return [MetricRow(name: name, unit: .seconds, cells: percentile(name.hasSuffix("50") ? 50 : 90) { ($0.acceptedAt, $0.secondsToAccept) })]
        case "first_touch_p50", "first_touch_p90":
            return [MetricRow(name: name, unit: .seconds, cells: percentile(name.hasSuffix("50") ? 50 : 90) { ($0.firstTouchAt, $0.secondsToFirstTouch) })]
        case "sequence_completion":
            return [MetricRow(name: name, unit: .share, cells: periods.map { period in
                let judged = cycles.compactMap(\.sequence).filter {
                    ($0.status == .met || $0.status == .breached) && period.contains($0.resolvedAt)
                }
                return MetricCell(value: rate(judged.filter { $0.status == .met }.count, judged.count), basis: judged.count)
            })]
        case "breaches":
            func row(_ label: String, _ breached: @escaping (CountedPeriod) -> Int) -> MetricRow {
                MetricRow(name: "breaches.\(label)", unit: .count, cells: counts.map { counted in
                    let count = counted.map(breached) ?? 0
                    return MetricCell(value: counted.map { _ in Double(count) }, basis: count)
                })
            }
            let rules = counts.lazy.compactMap { $0 }.first?.rules.map(\.rule) ?? []
            return Party.allCases.map { side in row(side.rawValue) { $0.counts(for: side).breached } }
                + rules.map { rule in
                    row(rule.rawValue) { counted in counted.rules.first { $0.rule == rule }?.counts.breached ?? 0 }
                }
        case "compliance":
            return Party.allCases.map { side in
                MetricRow(name: "compliance.\(side.rawValue)", unit: .share, cells: counts.map { counted in
                    let judged = counted?.counts(for: side) ?? ObligationCounts()
                    return MetricCell(value: rate(judged.met, judged.met + judged.breached), basis: judged.met + judged.breached)
                })
            }
        default:  // a word `Review.knownMetrics` does not hold, which the contract compiler refuses
            return []
        }
    }

    static func rate(_ part: Int, _ whole: Int) -> Double? {
        whole > 0 ? Double(part) / Double(whole) : nil
    }
}
