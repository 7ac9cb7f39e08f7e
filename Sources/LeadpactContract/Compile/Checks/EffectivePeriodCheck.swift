import LeadpactCalendar
import LeadpactDiagnostics

/// LP412: the contract must come into force before it expires.
enum EffectivePeriodCheck: ContractCheck {
    static let sections: [String] = []

    static func run(on draft: ContractDraft, context: CompilationContext) {
        guard let effective = draft.effective, let expires = draft.expires,
              effective >= expires
        else { return }
        context.report(
            .effectiveNotBeforeExpires,
            "the contract is never in force: 'effective' (\(effective)) is not before 'expires' (\(expires))",
            at: context.sourceMap.value("contract", "expires"),
            notes: [DiagnosticNote("'effective' is here", range: context.sourceMap.value("contract", "effective"))],
            fixIts: [FixIt("set 'expires' to the first day the contract no longer applies, after \(effective)")]
        )
    }
}
