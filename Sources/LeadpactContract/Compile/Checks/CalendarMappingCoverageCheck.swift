import LeadpactCalendar
import LeadpactDiagnostics
import LeadpactExpressions

/// LP413: a `sales.calendar` mapping without `default:` must give every value of its enum a
/// calendar — and even then a lead without the field would have no clock, so the fix
/// recommends `default:`.
enum CalendarMappingCoverageCheck: ContractCheck {
    static let sections = ["fields"]

    static func run(on draft: ContractDraft, context: CompilationContext) {
        guard case .byField(let field, let calendars, let fallback)? = draft.sales?.calendar, fallback == nil,
              case .enumeration(let values)? = draft.fields[field]
        else { return }
        let missing = values.filter { calendars[$0] == nil }
        guard !missing.isEmpty else { return }
        context.report(
            .calendarMappingIncomplete,
            "'sales.calendar' has no 'default' and no calendar for leads whose '\(field)' is \(missing.map { "'\($0)'" }.joined(separator: " or "))",
            at: context.sourceMap.key("sales", "calendar"),
            fixIts: [FixIt("add 'default: CALENDAR' or a calendar for each missing value")]
        )
    }
}
