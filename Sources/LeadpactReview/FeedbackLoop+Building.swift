import Foundation
import LeadpactExpressions
public import LeadpactAudit
public import LeadpactContract

extension FeedbackLoop {
    /// The feedback loop over the handoffs `cycles` holds that started in `period` (in force):
    /// outcomes count what was logged before the period's end.
    public init(contract: Contract, period: ReportPeriod, cycles: [CycleSummary], options: ReviewOptions) {
        let handed = cycles.filter { $0.inForce && period.contains($0.mqlAt) }
        let minimum = options.minimumHandoffs
        func group(_ label: String, _ members: [CycleSummary]) -> OutcomeRate {
            OutcomeRate(
                label: label, handoffs: members.count, sqls: members.filter { $0.sqlAt != nil }.count,
                won: members.filter(\.isWon).count, isThin: members.count < minimum)
        }
        func split(_ label: String, _ holds: (CycleSummary) -> Bool) -> OutcomeSplit {
            OutcomeSplit(
                label: label, with: group("with", handed.filter(holds)),
                without: group("without", handed.filter { !holds($0) }))
        }
        let width = max(1, options.bandWidth)
        let byBand = Dictionary(grouping: handed) { Self.band(of: $0.handoff?.score ?? 0, width: width) }
        let bands = contract.scoring == nil ? [] : byBand.keys.sorted().map { band in
            group("\(band * width)–\((band + 1) * width)", byBand[band] ?? [])
        }
        let bySource = Dictionary(grouping: handed) { Self.sourceName($0) }
        let sources = bySource.map { group($0.key, $0.value) }.sorted { ($0.handoffs, $1.label) > ($1.handoffs, $0.label) }
        let scoring = contract.scoring
        let explicitRules = (scoring?.explicit ?? []).enumerated().map { index, rule in
            split(rule.condition.sourceText) { $0.handoff.map { index < $0.explicitRulesHeld.count && $0.explicitRulesHeld[index] } ?? false }
        }
        var activityNames: [String] = []
        for rule in scoring?.implicit ?? [] where !activityNames.contains(rule.activity) { activityNames.append(rule.activity) }
        let activities = activityNames.map { name in
            split(name) { $0.handoff?.activitiesLogged.contains(name) ?? false }
        }
        self.init(
            handoffs: group("all", handed), minimumHandoffs: minimum, bandWidth: width, bands: bands, sources: sources,
            explicitRules: explicitRules, activities: activities,
            reasons: Self.reasons(handed, valid: contract.sales?.reasons ?? []),
            sweep: Self.sweep(handed, contract: contract, minimum: minimum))
    }

    /// The handoff's source, `(none)` when it has none.
    static func sourceName(_ cycle: CycleSummary) -> String {
        cycle.source.flatMap { $0.isEmpty ? nil : $0 } ?? "(none)"
    }

    private static func reasons(_ handed: [CycleSummary], valid: [String]) -> [ReasonSource] {
        let endings: Set<CycleEnd> = [.rejected, .disqualified, .recycled, .renurture]
        let ended = handed.filter { $0.end.map(endings.contains) ?? false }
        func isValid(_ reason: String?) -> Bool {
            guard let reason, !reason.isEmpty else { return false }
            return valid.isEmpty || valid.contains(reason)
        }
        let bySource = Dictionary(grouping: ended, by: sourceName)
        let rows = bySource.map { source, members in
            var counts: [ReasonKey: Int] = [:]
            for cycle in members {
                let reason = cycle.endReason.flatMap { $0.isEmpty ? nil : $0 }
                counts[ReasonKey(end: cycle.end ?? .rejected, reason: reason), default: 0] += 1
            }
            let tallies = counts.map { ReasonTally(end: $0.key.end, reason: $0.key.reason, isValid: isValid($0.key.reason), count: $0.value) }
                .sorted { ($0.count, $1.end.rawValue, $1.reason ?? "") > ($1.count, $0.end.rawValue, $0.reason ?? "") }
            return ReasonSource(
                source: source, ended: members.count,
                withoutValidReason: members.filter { !isValid($0.endReason) }.count, tallies: tallies)
        }
        return rows.sorted { ($0.ended, $1.source) > ($1.ended, $0.source) }
    }

    private struct ReasonKey: Hashable {
        var end: CycleEnd
        var reason: String?
    }

    private static func sweep(_ handed: [CycleSummary], contract: Contract, minimum: Int) -> ThresholdSweep {
        guard let stage = contract.stages.mql else {
            return ThresholdSweep(threshold: nil, points: [], note: "the contract has no stages.mql, so no MQL score threshold to sweep")
        }
        guard let split = MQLScoreThreshold(stage.when) else {
            return ThresholdSweep(
                threshold: nil, points: [],
                note: "stages.mql.when (\(stage.when.sourceText)) has no top-level `score >= N`, so no threshold to sweep")
        }
        let points = (5...15).map { tenths in
            let threshold = split.threshold * Double(tenths) / 10
            let qualified = handed.filter { cycle in
                guard let handoff = cycle.handoff else { return false }
                return handoff.meetsMQLCriteriaBesidesScore == true && handoff.score >= threshold
            }
            return SweepPoint(
                threshold: threshold, isCurrent: tenths == 10,
                qualified: OutcomeRate(
                    label: ReviewNumbers.score(threshold), handoffs: qualified.count,
                    sqls: qualified.filter { $0.sqlAt != nil }.count, won: qualified.filter(\.isWon).count,
                    isThin: qualified.count < minimum))
        }
        return ThresholdSweep(threshold: split.threshold, points: points, note: nil)
    }

    /// The score band holding `score`: its lower bound divided by `width`, clamped so that
    /// the band's bounds (`band * width`, `(band + 1) * width`) stay inside `Int` whatever
    /// points the scoring rules give.
    static func band(of score: Double, width: Int) -> Int {
        let limit = min(Double(1 << 52), Double(Int.max / width - 1))  // both exact as Double
        let band = (score / Double(width)).rounded(.down)
        guard !band.isNaN else { return 0 }
        return Int(min(max(band, -limit), limit))
    }
}
