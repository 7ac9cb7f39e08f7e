extension ContractSchema {
    typealias S = JSONSchemaBuilder

    /// The `contract:` section.
    static var metadata: CanonicalJSON {
        S.object(
            "Identity, version, validity and parties.",
            required: ["id", "title", "version", "timezone", "parties"],
            properties: [
                "id": .object([
                    "type": .array([.string("string"), .string("integer")]),
                    "description": .string("Lowercase letters, digits and dashes."),
                    "pattern": .string(Pattern.contractID),
                ]),
                "title": S.text("A human-readable title."),
                "version": S.string("A semantic version; it must change when the digest changes.", pattern: Pattern.semanticVersion),
                "effective": S.reference("date"),
                "expires": S.reference("date"),
                "timezone": S.string("The IANA zone of months, quarters, weeks and report dates.", pattern: Pattern.timeZone),
                "parties": S.object(
                    "Who signs for each side.", required: ["marketing", "sales"],
                    properties: ["marketing": S.text("The marketing signer."), "sales": S.text("The sales signer.")]),
                "review": S.object(
                    "How often the leaders review which metrics.", required: ["cadence"],
                    properties: [
                        "cadence": S.oneOf("The review cadence.", ["weekly", "biweekly", "monthly", "quarterly"]),
                        "metrics": S.array(
                            "Metrics to review.", items: S.oneOf("A metric leadpact can compute.", Review.knownMetricNames),
                            unique: true),
                    ]),
            ])
    }

    /// One entry of `calendars:`.
    static var calendar: CanonicalJSON {
        S.object(
            "A business calendar.", required: ["timezone", "hours"],
            properties: [
                "timezone": S.string("The IANA zone the hours are in.", pattern: Pattern.timeZone),
                "hours": S.map(
                    "Working hours by day (`mon`, `mon-fri`, `mon,wed`); a day not listed is closed.",
                    keys: Pattern.days, values: S.reference("windows")),
                "holidays": S.array(
                    "Closed days, or short days whose hours replace the weekday's.",
                    items: S.anyOf("A closed date, or `DATE: HOURS`.", [
                        S.reference("date"),
                        .object([
                            "type": .string("object"), "minProperties": .integer(1),
                            "propertyNames": .object(["pattern": .string(Pattern.date)]),
                            "additionalProperties": S.reference("windows"),
                        ]),
                    ])),
            ])
    }

    /// The `scoring:` section.
    static var scoring: CanonicalJSON {
        S.object(
            "The lead-scoring model.",
            properties: [
                "explicit": S.array("Fit points, counted while their condition holds.", items: S.object(
                    "A fit rule.", required: ["if", "points"],
                    properties: ["if": S.reference("expression"), "points": S.integer("Points while the condition holds.")])),
                "implicit": S.array("Behaviour points per logged activity.", items: S.object(
                    "A behaviour rule.", required: ["activity", "points"],
                    properties: [
                        "activity": S.reference("activity"),
                        "points": S.integer("Points per activity (negative allowed)."),
                        "max": S.integer("Only this many most recent activities count.", minimum: 1),
                    ])),
                "half_life": S.reference("duration"),
            ])
    }

    /// The `stages:` section.
    static var stages: CanonicalJSON {
        S.object(
            "What makes a marketing- and a sales-qualified lead.",
            properties: [
                "mql": S.object(
                    "The MQL criteria.", required: ["when"],
                    properties: ["when": S.reference("expression"), "active_within": S.reference("duration")]),
                "sql": S.object("The SQL criteria.", required: ["when"], properties: ["when": S.reference("expression")]),
            ])
    }

    /// The `marketing:` section.
    static var marketing: CanonicalJSON {
        S.object(
            "Marketing's commitments.",
            properties: [
                "volume": S.array("MQL volume targets.", items: S.object(
                    "A volume target.", required: ["mqls", "per"],
                    properties: [
                        "mqls": S.integer("MQLs required per period.", minimum: 1),
                        "per": S.reference("targetPeriod"),
                        "where": S.reference("expression"),
                    ])),
                "handoff_context": S.array(
                    "Keys every mql event's context must carry.", items: S.text("A context key."),
                    unique: true),
                "conversion": S.object(
                    "The MQL to SQL conversion target.", required: ["mql_to_sql", "per"],
                    properties: [
                        "mql_to_sql": S.string("A percentage above 0% and at most 100%, e.g. `20%` or `12.5%`.", pattern: Pattern.percentage),
                        "per": S.reference("targetPeriod"),
                    ]),
            ])
    }

    /// The `sales:` section.
    static var sales: CanonicalJSON {
        S.object(
            "Sales' commitments.",
            properties: [
                "calendar": S.anyOf("One calendar's name, or a calendar per value of a field.", [
                    S.reference("calendarName"),
                    .object([
                        "type": .string("object"), "required": .array([.string("by")]),
                        "properties": .object([
                            "by": S.string("The field whose value chooses the calendar.", pattern: Pattern.name),
                            "default": S.string("The calendar of leads without the field.", pattern: Pattern.calendarName),
                        ]),
                        "additionalProperties": S.reference("calendarName"),
                    ]),
                ]),
                "accept_within": S.reference("salesDuration"),
                "first_touch_within": S.reference("salesDuration"),
                "expedite": S.array("Faster first-touch rules; the first match wins.", items: S.object(
                    "An expedite rule.", required: ["when", "first_touch_within"],
                    properties: ["when": S.reference("expression"), "first_touch_within": S.reference("salesDuration")])),
                "sequence": S.object(
                    "The touch sequence owed after a handoff.", required: ["touches", "within"],
                    properties: [
                        "touches": S.integer("Touches owed in total.", minimum: 1),
                        "within": S.reference("salesDuration"),
                        "channels": S.map(
                            "Minimum touches per channel.", keys: Pattern.nonBlank,
                            values: S.integer("Minimum touches on this channel.", minimum: 1)),
                    ]),
                "reasons": S.array(
                    "Allowed reasons for rejected, disqualified, recycled and renurture events.",
                    items: S.text("A reason."), unique: true),
            ])
    }
}
