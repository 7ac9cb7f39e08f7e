/// The handoff funnel of a report's period: MQL → accepted → SQL → won.
public struct FunnelMetrics: Hashable, Sendable {
    /// Cycles handed off in the period (in force).
    public var mqls: Int
    /// Of those, cycles sales took on: answered with `accepted`, `sql` or `disqualified`, not `rejected`.
    public var accepted: Int
    /// Of those, cycles with an `sql` before the period's end.
    public var sqls: Int
    /// Of those, cycles won before the period's end.
    public var won: Int

    /// Creates a funnel.
    public init(mqls: Int, accepted: Int, sqls: Int, won: Int) {
        self.mqls = mqls
        self.accepted = accepted
        self.sqls = sqls
        self.won = won
    }

    /// accepted ÷ mqls.
    public var acceptRate: Double? { Self.rate(accepted, of: mqls) }
    /// sqls ÷ accepted.
    public var sqlRate: Double? { Self.rate(sqls, of: accepted) }
    /// won ÷ sqls.
    public var winRate: Double? { Self.rate(won, of: sqls) }
    /// sqls ÷ mqls, the contract's `mql_to_sql`.
    public var mqlToSQL: Double? { Self.rate(sqls, of: mqls) }

    /// `part ÷ whole`, or `nil` when `whole` is 0.
    static func rate(_ part: Int, of whole: Int) -> Double? {
        whole == 0 ? nil : Double(part) / Double(whole)
    }
}
