import LeadpactCalendar
import LeadpactDiagnostics

/// LP425: a conversion rate must lie in (0%, 100%].
enum ConversionRateCheck: ContractCheck {
    static let sections: [String] = []

    static func run(on draft: ContractDraft, context: CompilationContext) {
        guard let rate = draft.marketing?.conversion?.basisPoints, rate <= 0 || rate > 10_000 else { return }
        context.report(
            .conversionRateOutOfRange,
            "'marketing.conversion.mql_to_sql' is \(PercentageSyntax.format(basisPoints: rate)); a conversion rate lies above 0% and at most 100%",
            at: context.sourceMap.value("marketing", "conversion", "mql_to_sql")
        )
    }
}
