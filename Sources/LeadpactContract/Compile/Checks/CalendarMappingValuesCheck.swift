import LeadpactCalendar
import LeadpactDiagnostics
import LeadpactExpressions

/// LP426: every key of a `sales.calendar` mapping (besides `by` and `default`) must be a
/// value of the `by` field's enum.
enum CalendarMappingValuesCheck: ContractCheck {
    static let sections = ["fields"]

    static func run(on draft: ContractDraft, context: CompilationContext) {
        guard case .byField(let field, let calendars, _)? = draft.sales?.calendar,
              case .enumeration(let values)? = draft.fields[field]
        else { return }
        for value in calendars.keys.sorted() where !values.contains(value) {
            let range = context.sourceMap.key("sales", "calendar", value)
            let guess = Suggestion.closest(to: value, in: values)
            context.report(
                .calendarMappingUnknownValue,
                "'\(value)' is not a value of '\(field)'" + (guess.map { "; did you mean '\($0)'?" } ?? ""),
                at: range,
                notes: [DiagnosticNote("'\(field)' takes: \(values.joined(separator: ", "))")],
                fixIts: guess.map { [FixIt("replace with '\($0)'", range: range, replacement: $0)] } ?? []
            )
        }
    }
}
