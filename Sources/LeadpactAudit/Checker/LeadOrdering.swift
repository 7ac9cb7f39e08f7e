/// The event log grouped by lead, each lead's events in the order of the brief:
/// by `ts`, ties in read order (files in the order given, then line).
struct LeadOrdering: Sendable {
    /// Event indices, lead by lead.
    let order: [Int32]
    /// Where each lead's run starts in `order`; one extra entry marks the end.
    let starts: [Int32]

    /// Groups and sorts `log.events` in O(n) plus a sort of each lead's (small) run.
    init(_ log: EventLog) {
        let leadCount = log.leads.count
        var starts = [Int32](repeating: 0, count: leadCount + 1)
        for event in log.events { starts[Int(event.lead) + 1] += 1 }
        for lead in 0..<leadCount { starts[lead + 1] += starts[lead] }
        var next = starts
        var order = [Int32](repeating: 0, count: log.events.count)
        for (index, event) in log.events.enumerated() {
            let lead = Int(event.lead)
            order[Int(next[lead])] = Int32(truncatingIfNeeded: index)
            next[lead] += 1
        }
        log.events.withUnsafeBufferPointer { events in
            order.withUnsafeMutableBufferPointer { order in
                for lead in 0..<leadCount {
                    Self.sortRun(&order, from: Int(starts[lead]), to: Int(starts[lead + 1]), events: events)
                }
            }
        }
        self.order = order
        self.starts = starts
    }

    /// The number of leads.
    var leadCount: Int { starts.count - 1 }

    /// Consecutive lead ranges, at most `count`, covering every lead, each with about the
    /// same number of events.
    func partition(into count: Int) -> [Range<Int>] {
        let total = Int(starts[leadCount])
        guard count > 1, leadCount > 1 else { return [0..<leadCount] }
        var ranges: [Range<Int>] = []
        var first = 0
        for lead in 0..<leadCount where Int(starts[lead + 1]) * count >= total * (ranges.count + 1) {
            ranges.append(first..<(lead + 1))
            first = lead + 1
        }
        if first < leadCount { ranges.append(first..<leadCount) }
        return ranges
    }

    /// The event indices of `lead`, in order.
    func events(of lead: Int) -> ArraySlice<Int32> {
        order[Int(starts[lead])..<Int(starts[lead + 1])]
    }

    /// Stable sort of one lead's run by timestamp; indices are already in read order, so
    /// ties keep it. Insertion sort for the usual nearly sorted short run, else a full sort.
    private static func sortRun(
        _ order: inout UnsafeMutableBufferPointer<Int32>, from: Int, to: Int, events: UnsafeBufferPointer<LeadEvent>
    ) {
        guard to - from > 1 else { return }
        if to - from > 64 {
            let sorted = order[from..<to].sorted {
                let a = events[Int($0)], b = events[Int($1)]
                return a.timestamp != b.timestamp ? a.timestamp < b.timestamp : $0 < $1
            }
            for (offset, index) in sorted.enumerated() { order[from + offset] = index }
            return
        }
        for i in (from + 1)..<to {
            let item = order[i]
            let ts = events[Int(item)].timestamp
            var j = i - 1
            while j >= from && events[Int(order[j])].timestamp > ts {
                order[j + 1] = order[j]
                j -= 1
            }
            order[j + 1] = item
        }
    }
}
