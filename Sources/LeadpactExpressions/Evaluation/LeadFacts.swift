/// What the evaluator asks of a lead's state at the moment an expression is evaluated.
public protocol LeadFacts {
    /// The lead's value for a declared field; `nil` when the lead does not have it yet
    /// (every comparison with it is then false).
    func value(of field: String) -> Value?
    /// The lead's score of the given kind at this moment.
    func score(_ kind: ScoreKind) -> Double
    /// How many activities of this kind the state holds with ts in [t − window, t];
    /// all of them when `windowSeconds` is `nil`.
    func count(activity: String, windowSeconds: Int64?) -> Int
}
