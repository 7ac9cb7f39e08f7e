import Foundation
import Testing

/// `audit --events FILE.csv`: the same events as CSV (one column per top-level key, `set.FIELD`
/// and `context.KEY` for the nested ones) give the same report as JSON lines.
@Suite struct AuditCommandCSVTests {
    static let jsonLines = """
        {"ts":"2026-11-16T09:03:00-05:00","lead":"L-1","type":"profile","set":{"seniority":"vp","company_size":250,"region":"na"}}
        {"ts":"2026-11-16T09:05:00-05:00","lead":"L-1","type":"activity","activity":"pricing_view"}
        {"ts":"2026-11-16T10:00:00-05:00","lead":"L-1","type":"mql","by":"marketing","context":{"trigger":"pricing x3, webinar","source":"webinar"}}
        {"ts":"2026-11-16T10:02:00-05:00","lead":"L-1","type":"assigned","to":"alice"}
        {"ts":"2026-11-16T11:20:00-05:00","lead":"L-1","type":"accepted","by":"alice"}
        {"ts":"2026-11-16T11:41:00-05:00","lead":"L-1","type":"touch","by":"alice","channel":"call"}
        {"ts":"2026-11-18T15:00:00-05:00","lead":"L-1","type":"sql","by":"alice","set":{"budget":"approved","authority":true,"timeline_days":60}}
        {"ts":"2026-11-17T10:00:00-05:00","lead":"L-2","type":"mql","by":"marketing","context":{"trigger":"said \\"call me\\""}}
        {"ts":"2026-11-17T12:00:00-05:00","lead":"L-2","type":"recycled","by":"bruno"}

        """

    static let csv = #"""
        ts,lead,type,by,to,activity,channel,reason,set.seniority,set.company_size,set.region,set.budget,set.authority,set.timeline_days,context.trigger,context.source\#r
        2026-11-16T09:03:00-05:00,L-1,profile,,,,,,vp,250,na,,,,,\#r
        2026-11-16T09:05:00-05:00,L-1,activity,,,pricing_view,,,,,,,,,,\#r
        2026-11-16T10:00:00-05:00,L-1,mql,marketing,,,,,,,,,,,"pricing x3, webinar",webinar\#r
        2026-11-16T10:02:00-05:00,L-1,assigned,,alice,,,,,,,,,,,\#r
        2026-11-16T11:20:00-05:00,L-1,accepted,alice,,,,,,,,,,,,\#r
        2026-11-16T11:41:00-05:00,L-1,touch,alice,,,call,,,,,,,,,\#r
        2026-11-18T15:00:00-05:00,L-1,sql,alice,,,,,,,,approved,true,60,,\#r
        2026-11-17T10:00:00-05:00,L-2,mql,marketing,,,,,,,,,,,"said ""call me""",\#r
        2026-11-17T12:00:00-05:00,L-2,recycled,bruno,,,,,,,,,,,,\#r

        """#

    /// The report without the evidence's `file:line` references, which name the file read.
    static func comparable(_ report: [String: Any]) -> NSDictionary {
        var copy = report
        copy["breaches"] = ((report["breaches"] as? [[String: Any]]) ?? []).map { breach -> [String: Any] in
            var stripped = breach
            stripped["evidence"] = nil
            return stripped
        }
        if var input = copy["input"] as? [String: Any] {
            input["issues"] = nil
            copy["input"] = input
        }
        return copy as NSDictionary
    }

    @Test func csvAndJSONLinesGiveTheSameReport() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.copy(AuditCommandTests.contract, to: "contract.sla.yaml")
        try directory.write(Self.jsonLines, to: "events.jsonl")
        try directory.write(Self.csv, to: "events.csv")
        var reports: [[String: Any]] = []
        for events in ["events.jsonl", "events.csv"] {
            let result = try CommandRunner.run(
                ["audit", "contract.sla.yaml", "--events", events, "--week", "2026-W47", "--format", "json", "--strict"],
                in: directory.url)
            #expect(result.status == 0, "\(events): \(result)")
            reports.append(try AuditCommandTests.object(result))
        }
        let (json, csv) = (reports[0], reports[1])
        #expect((json["input"] as? [String: Any])?["lines"] as? Int == 9)
        #expect((csv["input"] as? [String: Any])?["lines"] as? Int == 9)
        #expect(Self.count(json, "total") > 0)
        #expect(Self.count(json, "breached") > 0)
        #expect(Self.comparable(json) == Self.comparable(csv))
    }

    static func count(_ report: [String: Any], _ key: String) -> Int {
        (report["obligations"] as? [String: Any])?[key] as? Int ?? -1
    }
}
