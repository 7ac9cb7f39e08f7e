import LeadpactContract

/// The queue as one JSON object, for a chat bot or a cron job: `contract`, `at`, `within`,
/// `counts`, `breaching` and `open` (most urgent first), `owners` and `input`.
public struct QueueJSONRenderer: QueueRenderer {
    /// Creates the renderer.
    public init() {}

    /// The JSON text, one line.
    public func render(_ queue: ObligationQueue) -> String {
        var json = JSONWriter(clock: ReportClock(timeZone: queue.contract.timeZone))
        json.beginObject()
        json.key("contract")
        json.beginObject()
        json.key("id"); json.string(queue.contract.id)
        json.key("version"); json.string(queue.contract.version)
        json.key("digest"); json.string(queue.contract.digest)
        json.key("timezone"); json.string(queue.contract.timeZone)
        json.endObject()
        json.key("at"); json.time(queue.at)
        json.key("within"); json.string(queue.within?.text)
        json.key("counts")
        json.beginObject()
        json.key("breaching"); json.number(queue.breaching.count)
        json.key("open"); json.number(queue.open.count)
        json.endObject()
        for (name, items) in [("breaching", queue.breaching), ("open", queue.open)] {
            json.key(name)
            json.beginArray()
            for item in items { write(item, to: &json) }
            json.endArray()
        }
        json.key("owners")
        json.beginArray()
        for owner in queue.owners {
            json.beginObject()
            json.key("owner"); json.string(owner.owner)
            json.key("breaching"); json.number(owner.breaching.count)
            json.key("open"); json.number(owner.open.count)
            json.endObject()
        }
        json.endArray()
        json.key("input")
        json.beginObject()
        json.key("lines"); json.number(queue.input.lines)
        json.key("bad_lines"); json.number(queue.input.badLines)
        json.endObject()
        json.endObject()
        json.buffer.append("\n")
        return json.buffer.text
    }

    private func write(_ item: QueueItem, to json: inout JSONWriter) {
        json.beginObject()
        json.key("rule"); json.string(item.rule.rawValue)
        json.key("side"); json.string(item.side.rawValue)
        json.key("lead"); json.string(item.lead)
        json.key("owner"); json.string(item.owner)
        json.key("due"); json.time(item.due)
        json.key("calendar"); json.string(item.calendar)
        json.key("time_left_seconds"); json.number(item.secondsLeft)
        json.key("business_time_left_seconds"); json.number(item.businessSecondsLeft)
        json.key("breaching"); json.bool(item.isBreaching)
        json.key("detail"); json.string(item.detail)
        json.endObject()
    }
}
