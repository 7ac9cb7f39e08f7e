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
        typealias S = JSONSchemaBuilder
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
                "calendars": S.map("Business calendars by name.", keys: Pattern.name, values: S.reference("calendar")),
                "fields": S.map("Lead attributes and their types.", keys: Pattern.name, values: S.reference("fieldType")),
                "activities": S.array(
                    "Activity names an event log may carry.", items: S.string("An activity name.", pattern: Pattern.name),
                    unique: true),
                "scoring": scoring,
                "stages": stages,
                "marketing": marketing,
                "sales": sales,
            ]),
            "$defs": definitions,
        ])
    }

    private static var definitions: CanonicalJSON {
        typealias S = JSONSchemaBuilder
        return .object([
            "duration": S.string(
                "A wall-clock duration: `30 minutes`, `1 hour`, `2 days`, `1 week` or `30m`, `1h`, `2d`, `1w`.",
                pattern: Pattern.wallDuration),
            "salesDuration": S.string(
                "A duration, wall-clock or measured on the sales calendar: `30 business minutes`, `1 business hour`, `10 business days`.",
                pattern: Pattern.salesDuration),
            "expression": S.string(
                "A condition, e.g. `score >= 100 and seniority in [director, vp]`.", pattern: Pattern.nonBlank),
            "date": S.string("A date, `YYYY-MM-DD`.", pattern: Pattern.date),
            "windows": S.string(
                "Working hours: one or more `HH:MM-HH:MM` windows separated by commas.", pattern: Pattern.windows),
            "targetPeriod": S.oneOf("The calendar period of a target.", ["month", "quarter"]),
            "fieldType": S.anyOf("A field type, or a list of values for an enum.", [
                S.oneOf("A scalar type.", ["int", "number", "string", "bool"]),
                S.array("The values of an enum.", items: S.string("An enum value.", pattern: Pattern.name), unique: true, minItems: 1),
            ]),
            "calendar": calendar,
        ])
    }
}
