import Foundation
import LeadpactContract

/// The `--format json` report: the keys of the brief plus per-rule counts, evidence,
/// issue files and target progress. Times are RFC 3339 in contract.timezone.
public struct JSONReportRenderer: AuditReportRenderer, Sendable {
    /// Creates the renderer.
    public init() {}

    /// The report as one JSON object followed by a newline.
    public func render(_ result: AuditResult) -> String {
        var buffer = ReportBuffer()
        write(result, to: &buffer)
        return buffer.text
    }

    /// Writes the report, breach by breach, into `buffer`.
    public func write(_ result: AuditResult, to buffer: inout ReportBuffer) {
        var json = JSONWriter(clock: ReportClock(timeZone: result.contract.timeZone))
        swap(&json.buffer, &buffer)
        defer { swap(&json.buffer, &buffer) }
        json.beginObject()
        json.key("contract")
        json.beginObject()
        json.key("id"); json.string(result.contract.id)
        json.key("version"); json.string(result.contract.version)
        json.key("digest"); json.string(result.contract.digest)
        json.key("title"); json.string(result.contract.title)
        json.key("timezone"); json.string(result.contract.timeZone)
        json.endObject()
        json.key("period")
        json.beginObject()
        json.key("from"); json.time(result.period.from)
        json.key("to"); json.time(result.period.to)
        json.key("label"); json.string(result.period.label)
        json.endObject()
        writeObligations(result, to: &json)
        json.key("breaches")
        json.beginArray()
        let breaches = result.breaches, clock = json.clock
        json.buffer.appendInParallel(count: breaches.count, separator: ",") { range, piece in
            var writer = JSONWriter(clock: clock)
            swap(&writer.buffer, &piece)
            breaches.withUnsafeBufferPointer { breaches in
                for index in range { write(breaches.baseAddress! + index, to: &writer) }
            }
            swap(&writer.buffer, &piece)
        }
        json.endArray()
        json.key("open")
        json.beginArray()
        for item in result.open { write(item, to: &json) }
        json.endArray()
        json.key("targets")
        json.beginArray()
        for item in result.targets { write(item, to: &json) }
        json.endArray()
        write(result.input, to: &json)
        json.endObject()
        json.buffer.append("\n")
    }

    private func writeObligations(_ result: AuditResult, to json: inout JSONWriter) {
        json.key("obligations")
        json.beginObject()
        writeCounts(result.obligations, to: &json)
        json.key("by_side")
        json.beginObject()
        for side in [Party.marketing, .sales] {
            json.key(side.rawValue)
            json.beginObject()
            writeCounts(result.counts(for: side), to: &json)
            json.endObject()
        }
        json.endObject()
        json.key("by_rule")
        json.beginObject()
        for rule in result.rules {
            json.key(rule.rule.rawValue)
            json.beginObject()
            json.key("side"); json.string(rule.side.rawValue)
            writeCounts(rule.counts, to: &json)
            json.endObject()
        }
        json.endObject()
        json.endObject()
    }

    private func writeCounts(_ counts: ObligationCounts, to json: inout JSONWriter) {
        json.key("total"); json.number(counts.total)
        json.key("met"); json.number(counts.met)
        json.key("breached"); json.number(counts.breached)
        json.key("waived"); json.number(counts.waived)
        json.key("open"); json.number(counts.open)
    }

    /// Writes the breach at `breach` in place: a copy would retain its texts, which are
    /// shared with other breaches being written on other cores.
    private func write(_ breach: UnsafePointer<Breach>, to json: inout JSONWriter) {
        json.beginObject()
        json.key("rule"); json.string(breach.pointee.rule.rawValue)
        json.key("side"); json.string(breach.pointee.side.rawValue)
        json.key("lead"); json.string(breach.pointee.lead)
        json.key("owner"); json.string(breach.pointee.owner)
        json.key("due"); json.time(breach.pointee.due)
        json.key("resolved_at"); json.time(breach.pointee.resolvedAt)
        json.key("met_at"); json.time(breach.pointee.metAt)
        json.key("late_by_seconds"); json.number(breach.pointee.lateBySeconds)
        json.key("late_by_business_seconds"); json.number(breach.pointee.lateByBusinessSeconds)
        json.key("calendar"); json.string(breach.pointee.calendar)
        json.key("detail")
        var evidenceStarted = false
        breach.pointee.visitExplanation(
            detail: { json.string(utf8: $0) },
            item: { name, value in
                if !evidenceStarted {
                    json.key("evidence")
                    json.beginObject()
                    evidenceStarted = true
                }
                json.key(utf8: name)
                json.string(utf8: value)
            })
        if !evidenceStarted {
            json.key("evidence")
            json.beginObject()
        }
        json.endObject()
        json.endObject()
    }

    private func write(_ item: OpenObligation, to json: inout JSONWriter) {
        json.beginObject()
        json.key("rule"); json.string(item.rule.rawValue)
        json.key("side"); json.string(item.side.rawValue)
        json.key("lead"); json.string(item.lead)
        json.key("owner"); json.string(item.owner)
        json.key("due"); json.time(item.due)
        json.key("time_left_seconds"); json.number(item.timeLeftSeconds)
        json.key("detail"); json.string(item.detail)
        json.endObject()
    }

    private func write(_ item: TargetProgress, to json: inout JSONWriter) {
        json.beginObject()
        json.key("rule"); json.string(item.rule.rawValue)
        json.key("per"); json.string(item.per.rawValue)
        json.key("where"); json.string(item.segment)
        json.key("label"); json.string(item.label)
        json.key("start"); json.time(item.start)
        json.key("end"); json.time(item.end)
        json.key("required"); json.number(item.required)
        json.key("reached"); json.number(item.reached)
        json.key("cycles"); json.number(item.cycles)
        json.key("converted"); json.number(item.converted)
        json.key("status"); json.string(item.status.rawValue)
        json.endObject()
    }

    private func write(_ input: InputSummary, to json: inout JSONWriter) {
        json.key("input")
        json.beginObject()
        json.key("lines"); json.number(input.lines)
        json.key("bad_lines"); json.number(input.badLines)
        json.key("issues")
        json.beginArray()
        for issue in input.issues {
            json.beginObject()
            json.key("file"); json.string(issue.file)
            json.key("line"); json.number(issue.line)
            json.key("message"); json.string(issue.message)
            json.key("bad_line"); json.bool(issue.isBadLine)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }
}
