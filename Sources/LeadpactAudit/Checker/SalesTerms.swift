import LeadpactCalendar
import LeadpactContract
import LeadpactExpressions

/// The `sales` terms a cycle reads, taken out of the contract once per audit, so a year of
/// cycles and touches does not copy the contract's sales section each time.
struct SalesTerms: Sendable {
    let acceptWithin: SLADuration?
    let firstTouchWithin: SLADuration?
    /// `sales.expedite`, in the contract's order, each `when` also as written.
    let expedite: [(when: LeadpactExpressions.Expression, firstTouchWithin: SLADuration, text: String)]
    /// `sales.sequence`: its window and the touches it needs in all.
    let sequenceWithin: SLADuration?
    let sequenceTouches: Int?

    /// The terms of `sales`.
    init(_ sales: SalesCommitments) {
        acceptWithin = sales.acceptWithin
        firstTouchWithin = sales.firstTouchWithin
        expedite = sales.expedite.map { ($0.when, $0.firstTouchWithin, $0.when.sourceText) }
        sequenceWithin = sales.sequence?.within
        sequenceTouches = sales.sequence?.touches
    }

    /// The first expedite rule that holds for `facts`.
    func expediteRule(for facts: some LeadFacts) -> (firstTouchWithin: SLADuration, text: String)? {
        for rule in expedite where rule.when.evaluate(facts) {
            return (rule.firstTouchWithin, rule.text)
        }
        return nil
    }
}
