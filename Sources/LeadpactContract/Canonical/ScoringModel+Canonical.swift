import LeadpactCalendar
import LeadpactExpressions

extension ScoringModel {
    /// `{"explicit":[…],"implicit":[…],"half_life":DURATION|null}`.
    ///
    /// Scores are sums, so neither rule list has a meaningful order: both are sorted, and a
    /// rule written twice counts twice, so repeats are kept.
    var canonicalJSON: CanonicalJSON {
        .object([
            "explicit": .valueBag(explicit.map(\.canonicalJSON)),
            "implicit": .valueBag(implicit.map(\.canonicalJSON)),
            "half_life": SLADuration.wallClockJSON(seconds: halfLifeSeconds),
        ])
    }
}

extension ExplicitScoringRule {
    /// `{"if":EXPRESSION,"points":N}`.
    var canonicalJSON: CanonicalJSON {
        .object(["if": condition.canonicalJSON, "points": .integer(points)])
    }
}

extension ImplicitScoringRule {
    /// `{"activity":NAME,"points":N,"max":M|null}`.
    var canonicalJSON: CanonicalJSON {
        .object(["activity": .string(activity), "points": .integer(points), "max": max.map { .integer($0) } ?? .null])
    }
}

extension Stages {
    /// `{"mql":{"when":…,"active_within":…}|null,"sql":{"when":…}|null}`.
    var canonicalJSON: CanonicalJSON {
        .object([
            "mql": mql.map { stage in
                .object([
                    "when": stage.when.canonicalJSON,
                    "active_within": SLADuration.wallClockJSON(seconds: stage.activeWithinSeconds),
                ])
            } ?? .null,
            "sql": sql.map { .object(["when": $0.when.canonicalJSON]) } ?? .null,
        ])
    }
}
