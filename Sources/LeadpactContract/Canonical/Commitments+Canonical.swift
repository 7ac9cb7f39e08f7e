import LeadpactCalendar
import LeadpactExpressions

extension MarketingCommitments {
    /// `{"volume":[…],"handoff_context":[…],"conversion":…|null}`.
    ///
    /// Volume targets keep their written order: reports name them by position (`volume[0]`).
    /// The handoff context keys form a set.
    var canonicalJSON: CanonicalJSON {
        .object([
            "volume": .array(volume.map(\.canonicalJSON)),
            "handoff_context": .stringSet(handoffContext),
            "conversion": conversion?.canonicalJSON ?? .null,
        ])
    }
}

extension VolumeTarget {
    /// `{"mqls":N,"per":"month","where":EXPRESSION|null}`; the `where` text as written is not kept.
    var canonicalJSON: CanonicalJSON {
        .object(["mqls": .integer(mqls), "per": .string(per.rawValue), "where": segment?.canonicalJSON ?? .null])
    }
}

extension ConversionTarget {
    /// `{"mql_to_sql_basis_points":2000,"per":"quarter"}` (20% = 2000 basis points, exact).
    var canonicalJSON: CanonicalJSON {
        .object(["mql_to_sql_basis_points": .integer(basisPoints), "per": .string(per.rawValue)])
    }
}

extension SalesCommitments {
    /// The `sales` object. `expedite` keeps its order (the first matching rule wins); the
    /// reasons form a set.
    var canonicalJSON: CanonicalJSON {
        .object([
            "calendar": calendar?.canonicalJSON ?? .null,
            "accept_within": acceptWithin?.canonicalJSON ?? .null,
            "first_touch_within": firstTouchWithin?.canonicalJSON ?? .null,
            "expedite": .array(expedite.map(\.canonicalJSON)),
            "sequence": sequence?.canonicalJSON ?? .null,
            "reasons": .stringSet(reasons),
        ])
    }
}

extension CalendarSelection {
    /// `{"kind":"single","calendar":NAME}` or
    /// `{"kind":"by_field","field":F,"calendars":{VALUE:NAME,…},"default":NAME|null}`.
    var canonicalJSON: CanonicalJSON {
        switch self {
        case .single(let name):
            return .object(["kind": .string("single"), "calendar": .string(name)])
        case .byField(let field, let calendars, let fallback):
            return .object([
                "kind": .string("by_field"), "field": .string(field),
                "calendars": .object(calendars.mapValues { .string($0) }),
                "default": .optional(fallback),
            ])
        }
    }
}

extension ExpediteRule {
    /// `{"when":EXPRESSION,"first_touch_within":DURATION}`.
    var canonicalJSON: CanonicalJSON {
        .object(["when": when.canonicalJSON, "first_touch_within": firstTouchWithin.canonicalJSON])
    }
}

extension TouchSequence {
    /// `{"touches":N,"within":DURATION,"channels":{CHANNEL:MINIMUM,…}}`.
    var canonicalJSON: CanonicalJSON {
        .object([
            "touches": .integer(touches), "within": within.canonicalJSON,
            "channels": .object(channels.mapValues { .integer($0) }),
        ])
    }
}
