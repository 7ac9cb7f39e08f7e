import LeadpactCalendar
import LeadpactDiagnostics

/// LP416: business durations in `sales` are measured on `sales.calendar`; without one they
/// have no clock.
enum BusinessDurationWithoutCalendarCheck: ContractCheck {
    static let sections: [String] = []

    static func run(on draft: ContractDraft, context: CompilationContext) {
        // A `calendar` that was written but failed to compile has been reported already.
        guard draft.sales?.calendar == nil, context.sourceMap.value("sales", "calendar") == nil else { return }
        for (path, duration) in draft.durations where path.first == "sales" && duration.isBusiness {
            context.report(
                .businessDurationWithoutCalendar,
                "'\(path.display)' is business time, but 'sales.calendar' names no calendar to measure it on",
                at: context.sourceMap.value(at: path),
                fixIts: [.init("add 'calendar: NAME' to 'sales', or write a wall-clock duration")]
            )
        }
    }
}
