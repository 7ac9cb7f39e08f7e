import LeadpactContract
import LeadpactExpressions

extension ChangeCollector {
    /// `marketing:`. Higher targets, a narrower segment, more required context keys or a
    /// higher conversion rate tighten marketing.
    mutating func compareMarketing(_ old: MarketingCommitments?, _ new: MarketingCommitments?) {
        guard let old, let new else {
            if let old { record("marketing", old: Self.outline(old), new: nil, .loosened, .marketing) }
            if let new { record("marketing", old: nil, new: Self.outline(new), .tightened, .marketing) }
            return
        }
        compareVolume(old.volume, new.volume)
        compareNames(
            "marketing.handoff_context", old.handoffContext, new.handoffContext, side: .marketing, added: .tightened)
        let percent = { (basisPoints: Int) in DurationText.percent(basisPoints: basisPoints) }
        switch (old.conversion, new.conversion) {
        case (let before?, let after?):
            compareNumber(
                "marketing.conversion.mql_to_sql", before.basisPoints, after.basisPoints, side: .marketing,
                higher: .tightened, format: percent)
            compareValue("marketing.conversion.per", before.per.rawValue, after.per.rawValue, side: .marketing)
        case (let before?, nil):
            record("marketing.conversion", old: Self.describe(before), new: nil, .loosened, .marketing)
        case (nil, let after?):
            record("marketing.conversion", old: nil, new: Self.describe(after), .tightened, .marketing)
        case (nil, nil): break
        }
    }

    /// Volume targets are paired by period and segment, then by segment alone (a target moved
    /// from month to quarter), then by period and a segment that is a narrower or wider form of
    /// the old one. Reports name targets by position, so a new order is a change of its own.
    private mutating func compareVolume(_ old: [VolumeTarget], _ new: [VolumeTarget]) {
        let pairing = ListPairing(old, new, rules: [
            { $0.per == $1.per && $0.segment == $1.segment }, { $0.segment == $1.segment },
            { old, new in
                guard old.per == new.per, let before = old.segment, let after = new.segment else { return false }
                return ConditionComparison.between(before, after) != .different
            },
        ])
        if pairing.reordered {
            let order = { (targets: [VolumeTarget]) in targets.map(Self.describe).joined(separator: "; ") }
            record("marketing.volume", old: order(old), new: order(new), .changed, .marketing)
        }
        for pair in pairing.pairs {
            let (before, after) = (old[pair.old], new[pair.new])
            let path = "marketing.volume[\(pair.new)]"
            compareNumber("\(path).mqls", before.mqls, after.mqls, side: .marketing, higher: .tightened)
            compareValue("\(path).per", before.per.rawValue, after.per.rawValue, side: .marketing)
            // A narrower segment counts fewer MQLs towards the same figure.
            compareCondition("\(path).where", before.segment, after.segment, side: .marketing, stricter: .tightened)
        }
        for index in pairing.removed {
            record("marketing.volume[\(index)]", old: Self.describe(old[index]), new: nil, .loosened, .marketing)
        }
        for index in pairing.added {
            record("marketing.volume[\(index)]", old: nil, new: Self.describe(new[index]), .tightened, .marketing)
        }
    }

    /// `400 MQLs per month where region == emea`.
    private static func describe(_ target: VolumeTarget) -> String {
        "\(target.mqls) MQLs per \(target.per.rawValue)" + (target.segment.map { " where \($0.sourceText)" } ?? "")
    }

    /// `20% MQL → SQL per quarter`.
    private static func describe(_ target: ConversionTarget) -> String {
        "\(DurationText.percent(basisPoints: target.basisPoints)) MQL → SQL per \(target.per.rawValue)"
    }

    private static func outline(_ commitments: MarketingCommitments) -> String {
        var parts = commitments.volume.map(describe)
        if !commitments.handoffContext.isEmpty {
            parts.append("handoff context \(commitments.handoffContext.joined(separator: ", "))")
        }
        if let conversion = commitments.conversion { parts.append(describe(conversion)) }
        return parts.isEmpty ? "no commitments" : parts.joined(separator: "; ")
    }
}
