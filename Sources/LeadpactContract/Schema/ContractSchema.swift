/// The JSON Schema (draft 2020-12) of the contract language, for editors and other tools.
///
/// `docs/contract.schema.json` is this schema as `leadpact schema` prints it; a test keeps the
/// two equal. The schema checks shape (keys, required keys, value forms); only the compiler
/// checks meaning (names that exist, expressions, calendars that work).
public enum ContractSchema {
    /// The schema as pretty JSON with a final newline, exactly as `leadpact schema` prints it.
    public static var text: String {
        CanonicalJSONWriter.pretty.write(document) + "\n"
    }

    /// The schema as a JSON value.
    public static var document: CanonicalJSON {
        return .object([
            "$schema": .string("https://json-schema.org/draft/2020-12/schema"),
            "title": .string("leadpact contract"),
            "description": .string(
                "A marketing ⇄ sales service-level agreement compiled by leadpact (contracts/*.sla.yaml)."),
            "type": .string("object"),
            "required": .array([.string("leadpact"), .string("contract")]),
            "additionalProperties": .bool(false),
            "properties": .object([
                "leadpact": .object([
                    "description": .string("The contract format version."), "const": .integer(1),
                ]),
                "contract": metadata,
                "calendars": S.map("Business calendars by name.", keys: Pattern.calendarName, values: S.reference("calendar")),
                "fields": .object([
                    "type": .string("object"),
                    "description": .string("Lead attributes and their types."),
                    "propertyNames": S.word("A field name.", excluding: Pattern.keywords + Pattern.builtins),
                    "additionalProperties": S.reference("fieldType"),
                ]),
                "activities": S.array(
                    "Activity names an event log may carry.", items: S.reference("activity"), unique: true),
                "scoring": scoring,
                "stages": stages,
                "marketing": marketing,
                "sales": sales,
            ]),
            "$defs": definitions,
        ])
    }

    private static var definitions: CanonicalJSON {
        return .object([
            "duration": S.string(
                "A wall-clock duration: `30 minutes`, `1 hour`, `2 days`, `1 week` or `30m`, `1h`, `2d`, `1w`.",
                pattern: Pattern.wallDuration),
            "salesDuration": S.string(
                "A duration, wall-clock or measured on the sales calendar: `30 business minutes`, `1 business hour`, `10 business days`.",
                pattern: Pattern.salesDuration),
            "expression": .object([
                "type": .array([.string("string"), .string("boolean")]),
                "description": .string("A condition, e.g. `score >= 100 and seniority in [director, vp]`."),
                "pattern": .string(Pattern.nonBlank),
            ]),
            "date": S.string("A date, `YYYY-MM-DD`.", pattern: Pattern.date),
            "windows": S.anyOf("Working hours: `HH:MM-HH:MM` windows separated by commas, or a list of them.", [
                S.string("Windows such as `09:00-12:00, 13:00-17:30`.", pattern: Pattern.windows),
                S.array(
                    "A list of windows.", items: S.string("Windows such as `09:00-12:00`.", pattern: Pattern.windows),
                    minItems: 1),
            ]),
            "activity": S.word("An activity name.", excluding: Pattern.keywords),
            "calendarName": S.string("A calendar's name under `calendars`.", pattern: Pattern.calendarName),
            "targetPeriod": S.oneOf("The calendar period of a target.", ["month", "quarter"]),
            "fieldType": S.anyOf("A field type, or a list of values for an enum.", [
                S.oneOf("A scalar type.", ["int", "number", "string", "bool"]),
                S.array(
                    "The values of an enum.", items: S.word("An enum value.", excluding: Pattern.keywords + Pattern.builtins),
                    unique: true, minItems: 1),
            ]),
            "calendar": calendar,
        ])
    }
}
