import LeadpactCalendar
import LeadpactContract
import LeadpactExpressions

extension ChangeCollector {
    /// A condition: when fewer leads meet the new one, the change is `stricter`; when more
    /// do, the opposite; otherwise `changed`. No condition at all is met by every lead.
    mutating func compareCondition(
        _ path: String, _ old: Expression?, _ new: Expression?, side: ChangeSide, stricter: ChangeDirection
    ) {
        let direction: ChangeDirection
        switch (old, new) {
        case (nil, nil): return
        case (nil, _): direction = stricter
        case (_, nil): direction = stricter.reversed
        case (let before?, let after?):
            switch ConditionComparison.between(before, after) {
            case .same: return
            case .stricter: direction = stricter
            case .laxer: direction = stricter.reversed
            case .different: direction = .changed
            }
        }
        record(path, old: old?.sourceText, new: new?.sourceText, direction, side)
    }

    /// `scoring:`. Points help leads reach the MQL bar, which marketing must clear: more
    /// points, a higher `max` or a longer half-life loosen marketing.
    mutating func compareScoring(_ old: ScoringModel?, _ new: ScoringModel?) {
        guard let old, let new else {
            if old != new {
                record("scoring", old: old.map(Self.outline), new: new.map(Self.outline), .changed, .marketing)
            }
            return
        }
        // Scoring rules are a bag (their order means nothing): equal rules pair first, then rules
        // with the same condition or activity.
        let explicit = ListPairing(old.explicit, new.explicit, rules: [
            { $0 == $1 }, { $0.condition == $1.condition }, { $0.points == $1.points },
        ])
        for pair in explicit.pairs {
            let (before, after) = (old.explicit[pair.old], new.explicit[pair.new])
            let path = "scoring.explicit[\(pair.new)]"
            compareCondition(
                "\(path).if", before.condition, after.condition, side: .marketing,
                stricter: after.points >= 0 ? .tightened : .loosened)
            compareNumber("\(path).points", before.points, after.points, side: .marketing, higher: .loosened)
        }
        for index in explicit.removed {
            let rule = old.explicit[index]
            record("scoring.explicit[\(index)]", old: Self.describe(rule), new: nil, Self.pointsAdded(rule.points).reversed, .marketing)
        }
        for index in explicit.added {
            let rule = new.explicit[index]
            record("scoring.explicit[\(index)]", old: nil, new: Self.describe(rule), Self.pointsAdded(rule.points), .marketing)
        }
        let implicit = ListPairing(old.implicit, new.implicit, rules: [{ $0 == $1 }, { $0.activity == $1.activity }])
        for pair in implicit.pairs {
            let (before, after) = (old.implicit[pair.old], new.implicit[pair.new])
            let path = "scoring.implicit[\(pair.new)]"
            compareNumber("\(path).points", before.points, after.points, side: .marketing, higher: .loosened)
            compareCap("\(path).max", before.max, after.max, higher: after.points >= 0 ? .loosened : .tightened)
        }
        for index in implicit.removed {
            let rule = old.implicit[index]
            record("scoring.implicit[\(index)]", old: Self.describe(rule), new: nil, Self.pointsAdded(rule.points).reversed, .marketing)
        }
        for index in implicit.added {
            let rule = new.implicit[index]
            record("scoring.implicit[\(index)]", old: nil, new: Self.describe(rule), Self.pointsAdded(rule.points), .marketing)
        }
        compareDuration(
            "scoring.half_life", old.halfLifeSeconds.map { .wallClock(seconds: $0) },
            new.halfLifeSeconds.map { .wallClock(seconds: $0) }, side: .marketing)
    }

    /// `stages:`. A stricter MQL definition tightens marketing; a stricter SQL definition
    /// tightens sales, who must only mark leads that meet it.
    mutating func compareStages(_ old: Stages, _ new: Stages) {
        compareCondition("stages.mql.when", old.mql?.when, new.mql?.when, side: .marketing, stricter: .tightened)
        compareDuration(
            "stages.mql.active_within", old.mql?.activeWithinSeconds.map { .wallClock(seconds: $0) },
            new.mql?.activeWithinSeconds.map { .wallClock(seconds: $0) }, side: .marketing)
        compareCondition("stages.sql.when", old.sql?.when, new.sql?.when, side: .sales, stricter: .tightened)
    }

    /// `max:` on an implicit rule, where no cap counts every activity (the highest cap).
    private mutating func compareCap(_ path: String, _ old: Int?, _ new: Int?, higher: ChangeDirection) {
        guard old != new else { return }
        let raised = (old ?? Int.max) < (new ?? Int.max)
        let text = { (cap: Int?) in cap.map(String.init) ?? "no cap" }
        record(path, old: text(old), new: text(new), raised ? higher : higher.reversed, .marketing)
    }

    /// Adding points helps leads over the bar (loosened); adding a penalty holds them back.
    private static func pointsAdded(_ points: Int) -> ChangeDirection {
        points > 0 ? .loosened : points < 0 ? .tightened : .changed
    }

    private static func describe(_ rule: ExplicitScoringRule) -> String {
        "\(rule.points) points if \(rule.condition.sourceText)"
    }

    private static func describe(_ rule: ImplicitScoringRule) -> String {
        "\(rule.points) points per \(rule.activity)" + (rule.max.map { ", at most \($0)" } ?? "")
    }

    private static func outline(_ model: ScoringModel) -> String {
        "\(model.explicit.count) explicit and \(model.implicit.count) implicit rules"
    }
}
