import LeadpactDiagnostics
import LeadpactExpressions

/// The field and activity declarations of the brief's example contract.
enum ExpressionFixtures {
    static let environment = ExpressionEnvironment(
        fields: [
            "seniority": .enumeration(["ic", "manager", "director", "vp", "cxo"]),
            "company_size": .int,
            "industry": .enumeration(["saas", "fintech", "retail", "health", "other"]),
            "region": .enumeration(["na", "emea"]),
            "budget": .enumeration(["unknown", "none", "approved"]),
            "authority": .bool,
            "timeline_days": .int,
            "title": .string,
            "revenue": .number,
        ],
        activities: ["page_view", "pricing_view", "content_download", "webinar", "demo_request", "unsubscribe"])

    /// Compiles `text` as if it stood at 12:15 of `contract.sla.yaml`.
    static func compile(_ text: String, line: Int = 12, column: Int = 15) -> (expression: Expression?, diagnostics: [Diagnostic]) {
        ExpressionCompiler.compile(text, at: SourceLocation(line: line, column: column),
                                   file: "contract.sla.yaml", environment: environment)
    }

    /// The expression compiled from `text`, or `nil` when it has errors.
    static func expression(_ text: String) -> Expression? {
        compile(text).expression
    }
}

/// A lead state for tests: attribute values, scores and activity counts by window.
struct StubFacts: LeadFacts {
    var values: [String: Value] = [:]
    var scores: [ScoreKind: Double] = [:]
    var counts: [String: Int] = [:]

    func value(of field: String) -> Value? { values[field] }
    func score(_ kind: ScoreKind) -> Double { scores[kind] ?? 0 }
    func count(activity: String, windowSeconds: Int64?) -> Int {
        counts["\(activity)/\(windowSeconds.map(String.init) ?? "all")"] ?? 0
    }
}
