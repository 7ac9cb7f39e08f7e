import LeadpactContract

/// The words of target verdicts: what was required, what was reached.
enum TargetText {
    /// `12 qualifying MQLs in 2026-11 (where region == emea) < 120 required`.
    static func shortfall(_ item: TargetProgress) -> String {
        switch item.rule {
        case .marketingVolume:
            "\(item.reached) qualifying MQLs in \(item.label)\(segment(item)) < \(item.required) required (per \(item.per.rawValue))"
        default:
            "conversion \(percent(item.reached)) (\(item.converted) of \(item.cycles) cycles with an sql) in \(item.label) < \(percent(item.required)) required (per \(item.per.rawValue))"
        }
    }

    /// `reached 180 of 400 MQLs so far in 2026-11`.
    static func progress(_ item: TargetProgress) -> String {
        switch item.rule {
        case .marketingVolume:
            "reached \(item.reached) of \(item.required) qualifying MQLs so far in \(item.label)\(segment(item))"
        default:
            "conversion so far \(percent(item.reached)) (\(item.converted) of \(item.cycles) cycles) in \(item.label), \(percent(item.required)) required"
        }
    }

    /// The target's figures, named.
    static func evidence(_ item: TargetProgress) -> [EvidenceItem] {
        var items = [EvidenceItem("per", item.per.rawValue), EvidenceItem("period", item.label)]
        if let where_ = item.segment { items.append(EvidenceItem("where", where_)) }
        if item.rule == .marketingVolume {
            items += [EvidenceItem("required", String(item.required)), EvidenceItem("reached", String(item.reached))]
        } else {
            items += [
                EvidenceItem("required", percent(item.required)), EvidenceItem("reached", percent(item.reached)),
                EvidenceItem("cycles", String(item.cycles)), EvidenceItem("converted", String(item.converted)),
            ]
        }
        return items
    }

    /// Basis points as a percentage: 2000 → `20%`, 1250 → `12.5%`, 3333 → `33.33%`.
    static func percent(_ basisPoints: Int) -> String {
        let whole = basisPoints / 100, fraction = basisPoints % 100
        if fraction == 0 { return "\(whole)%" }
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0\(fraction)" : String(fraction))
        return "\(whole).\(digits)%"
    }

    private static func segment(_ item: TargetProgress) -> String {
        item.segment.map { " (where \($0))" } ?? ""
    }
}
