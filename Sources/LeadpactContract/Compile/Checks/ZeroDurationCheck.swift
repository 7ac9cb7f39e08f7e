import LeadpactCalendar
import LeadpactDiagnostics

/// LP415: a duration of zero where time must pass — a half-life of zero (every point decays
/// at once), an `active_within` of zero, a deadline due at the very moment of the handoff.
/// (A sequence's `within` is checked by LP406.)
enum ZeroDurationCheck: ContractCheck {
    static let sections: [String] = []

    static func run(on draft: ContractDraft, context: CompilationContext) {
        for (path, duration) in draft.durations where duration.clockLength.length == 0 {
            guard path != ["sales", "sequence", "within"] else { continue }
            let why = path.last == "half_life"
                ? "a half-life of zero would decay every implicit point at once"
                : "nothing could ever be done within it"
            context.report(
                .zeroDuration, "'\(path.display)' is zero; \(why)", at: context.sourceMap.value(at: path),
                fixIts: [.init("write a positive duration, or remove the key")]
            )
        }
    }
}
