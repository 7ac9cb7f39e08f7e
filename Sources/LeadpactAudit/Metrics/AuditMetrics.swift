import LeadpactContract

/// The figures leaders review beside the breaches, computed from one audit result: compliance
/// per side, speed to accept and to first touch, the funnel, reasons, and breakdowns per owner,
/// per handoff source and per target.
///
/// Which cycles count: the funnel, owners and sources take the cycles handed off in the period;
/// the speed figures take the cycles answered (or first touched) in the period, as the
/// obligations they measure resolve there; reasons take the cycles that ended in the period.
/// Cycles outside the contract's effective span are left out.
public struct AuditMetrics: Hashable, Sendable {
    /// Marketing's and sales' obligations judged in the period.
    public var compliance: [SideCompliance]
    /// Business seconds from handoff to the first answer.
    public var timeToAccept: DurationStatistics
    /// Business seconds from handoff to the first touch.
    public var timeToFirstTouch: DurationStatistics
    /// MQL → accepted → SQL → won.
    public var funnel: FunnelMetrics
    /// End reasons logged in the period, most frequent first.
    public var reasons: [ReasonCount]
    /// Per owner, most breaches first.
    public var owners: [OwnerMetrics]
    /// Per handoff source, most handoffs first.
    public var sources: [SourceMetrics]
    /// Targets against the time gone.
    public var targets: [TargetPace]

    /// Computes the metrics of `result`.
    public init(result: AuditResult) {
        let period = result.period
        let cycles = result.cycles.filter(\.inForce)
        let handedOff = cycles.filter { period.contains($0.mqlAt) }
        compliance = Party.allCases.map { SideCompliance(side: $0, counts: result.counts(for: $0)) }
        timeToAccept = DurationStatistics(samples: cycles.compactMap { cycle in
            cycle.acceptedAt.map(period.contains) == true ? cycle.secondsToAccept : nil
        })
        timeToFirstTouch = DurationStatistics(samples: cycles.compactMap { cycle in
            cycle.firstTouchAt.map(period.contains) == true ? cycle.secondsToFirstTouch : nil
        })
        funnel = FunnelMetrics(
            mqls: handedOff.count,
            accepted: handedOff.filter(Self.wasTakenOn).count,
            sqls: handedOff.filter { $0.sqlAt != nil }.count,
            won: handedOff.filter { $0.sqlAt != nil && $0.isWon }.count
        )
        reasons = Self.reasons(cycles.filter { $0.endedAt.map(period.contains) == true })
        owners = Self.owners(cycles: cycles, handedOff: handedOff, breaches: result.breaches, period: period)
        sources = Self.sources(handedOff)
        targets = result.targets.map { TargetPace(target: $0, reportEnd: period.to) }
    }

    /// Whether sales took the cycle on: answered, and not by rejecting it.
    static func wasTakenOn(_ cycle: CycleSummary) -> Bool {
        cycle.acceptedAt != nil && !(cycle.end == .rejected && cycle.sqlAt == nil && cycle.endedAt == cycle.acceptedAt)
    }

    private static func reasons(_ ended: [CycleSummary]) -> [ReasonCount] {
        var counts: [CycleEnd: [String?: Int]] = [:]
        for cycle in ended {
            guard let end = cycle.end, [.rejected, .disqualified, .recycled, .renurture].contains(end) else { continue }
            let reason = cycle.endReason.flatMap { $0.isEmpty ? nil : $0 }
            counts[end, default: [:]][reason, default: 0] += 1
        }
        let rows = counts.flatMap { end, byReason in byReason.map { ReasonCount(end: end, reason: $0.key, count: $0.value) } }
        return rows.sorted {
            ($0.count, $1.end.rawValue, $1.reason ?? "") > ($1.count, $0.end.rawValue, $0.reason ?? "")
        }
    }

    private static func owners(cycles: [CycleSummary], handedOff: [CycleSummary], breaches: [Breach], period: ReportPeriod) -> [OwnerMetrics] {
        var names = Set(handedOff.map(\.owner))
        var breachCount: [String: Int] = [:]
        for breach in breaches {
            breachCount[breach.owner, default: 0] += 1
            names.insert(breach.owner)
        }
        let byOwner = Dictionary(grouping: cycles, by: \.owner)
        let handedOffByOwner = Dictionary(grouping: handedOff, by: \.owner)
        let rows = names.map { name in
            let own = byOwner[name] ?? []
            let mine = handedOffByOwner[name] ?? []
            return OwnerMetrics(
                owner: name, cycles: mine.count, breaches: breachCount[name] ?? 0,
                timeToAccept: DurationStatistics(samples: own.compactMap { $0.acceptedAt.map(period.contains) == true ? $0.secondsToAccept : nil }),
                timeToFirstTouch: DurationStatistics(samples: own.compactMap { $0.firstTouchAt.map(period.contains) == true ? $0.secondsToFirstTouch : nil }),
                sqls: own.filter { $0.sqlAt.map(period.contains) == true }.count,
                won: own.filter { $0.isWon && $0.endedAt.map(period.contains) == true }.count
            )
        }
        return rows.sorted { ($0.breaches, $1.owner) > ($1.breaches, $0.owner) }
    }

    private static func sources(_ handedOff: [CycleSummary]) -> [SourceMetrics] {
        let groups = Dictionary(grouping: handedOff) { $0.source.flatMap { $0.isEmpty ? nil : $0 } }
        let rows = groups.map { source, cycles in
            SourceMetrics(
                source: source, cycles: cycles.count, meetingCriteria: cycles.filter(\.meetsMQLCriteria).count,
                sqls: cycles.filter { $0.sqlAt != nil }.count, won: cycles.filter { $0.sqlAt != nil && $0.isWon }.count
            )
        }
        return rows.sorted { ($0.cycles, $1.source ?? "") > ($1.cycles, $0.source ?? "") }
    }
}
