import Foundation
import LeadpactAudit

/// The review as JSON, keys sorted, for a dashboard or a script. Shares are numbers between
/// 0 and 1 (`null` for an empty group), instants RFC 3339 in UTC.
public enum ReviewJSONRenderer {
    /// Renders `result`.
    public static func render(_ result: ReviewResult) -> String {
        let loop = result.feedback
        let document: [String: Any] = [
            "contract": ["id": result.contract.id, "version": result.contract.version, "digest": result.contract.digest],
            "period": period(result.period),
            "cadence": result.cadence ?? NSNull(),
            "periods": result.periods.map(period),
            "metrics": result.metrics.map { row in
                [
                    "name": row.name, "unit": row.unit.rawValue,
                    "values": zip(result.periods, row.cells).map { period, cell in
                        ["period": period.label, "value": cell.value ?? NSNull(), "basis": cell.basis] as [String: Any]
                    },
                ] as [String: Any]
            },
            "feedback": [
                "handoffs": rate(loop.handoffs),
                "minimum_handoffs": loop.minimumHandoffs,
                "band_width": loop.bandWidth,
                "bands": loop.bands.map(rate),
                "sources": loop.sources.map(rate),
                "explicit_rules": loop.explicitRules.map { ["rule": $0.label, "with": rate($0.with), "without": rate($0.without)] },
                "activities": loop.activities.map { ["activity": $0.label, "with": rate($0.with), "without": rate($0.without)] },
                "reasons": loop.reasons.map { source in
                    [
                        "source": source.source, "ended": source.ended, "without_valid_reason": source.withoutValidReason,
                        "tallies": source.tallies.map { tally in
                            ["end": tally.end.rawValue, "reason": tally.reason ?? NSNull(), "valid": tally.isValid, "handoffs": tally.count] as [String: Any]
                        },
                    ] as [String: Any]
                },
                "sweep": [
                    "threshold": loop.sweep.threshold ?? NSNull(), "note": loop.sweep.note ?? NSNull(),
                    "points": loop.sweep.points.map { point in
                        rate(point.qualified).merging(["threshold": point.threshold, "current": point.isCurrent]) { $1 }
                    },
                ] as [String: Any],
            ] as [String: Any],
            "input": ["lines": result.input.lines, "bad_lines": result.input.badLines],
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys]) else {
            return "{}\n"
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func period(_ period: ReportPeriod) -> [String: Any] {
        ["label": period.label, "from": time(period.from), "to": time(period.to)]
    }

    private static func rate(_ group: OutcomeRate) -> [String: Any] {
        [
            "label": group.label, "handoffs": group.handoffs, "sqls": group.sqls, "won": group.won,
            "sql_rate": group.sqlRate ?? NSNull(), "won_rate": group.wonRate ?? NSNull(), "thin": group.isThin,
        ]
    }

    private static func time(_ instant: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: instant)
    }
}
