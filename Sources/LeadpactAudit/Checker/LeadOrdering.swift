/// The events grouped by lead, each lead's events in the order of the brief: by `ts`, ties
/// in read order (files in the order given, then line).
///
/// The events are moved into that order, not indexed, so that checking a lead reads its
/// events from one stretch of memory.
struct LeadOrdering: Sendable {
    /// The events, lead by lead.
    let events: [LeadEvent]
    /// Where each lead's run starts in `events`; one extra entry marks the end.
    let starts: [Int]

    /// Groups `events` (in read order; lead ids below `leadCount`) in O(n), plus a stable
    /// sort of each lead's (small) run.
    init(events readOrder: consuming [LeadEvent], leadCount: Int) {
        var starts = [Int](repeating: 0, count: leadCount + 1)
        readOrder.withUnsafeBufferPointer { events in
            for event in events { starts[Int(event.lead) + 1] += 1 }
        }
        for lead in 0..<leadCount { starts[lead + 1] += starts[lead] }
        var grouped = Self.group(consume readOrder, starts: starts)
        grouped.withUnsafeMutableBufferPointer { grouped in
            for lead in 0..<leadCount {
                Self.sortRun(&grouped, from: starts[lead], to: starts[lead + 1])
            }
        }
        events = grouped
        self.starts = starts
    }

    /// The number of leads.
    var leadCount: Int { starts.count - 1 }

    /// The events of `lead`, in order.
    func events(of lead: Int) -> ArraySlice<LeadEvent> {
        events[starts[lead]..<starts[lead + 1]]
    }

    /// Consecutive lead ranges, at most `count`, covering every lead, each with about the
    /// same number of events.
    func partition(into count: Int) -> [Range<Int>] {
        let total = starts[leadCount]
        guard count > 1, leadCount > 1 else { return [0..<leadCount] }
        var ranges: [Range<Int>] = []
        var first = 0
        for lead in 0..<leadCount where starts[lead + 1] * count >= total * (ranges.count + 1) {
            ranges.append(first..<(lead + 1))
            first = lead + 1
        }
        if first < leadCount { ranges.append(first..<leadCount) }
        return ranges
    }

    /// The events moved to their lead's run, in read order within it; the read-order array
    /// is released on return.
    private static func group(_ readOrder: consuming [LeadEvent], starts: [Int]) -> [LeadEvent] {
        var next = starts
        return readOrder.withUnsafeBufferPointer { events in
            [LeadEvent](unsafeUninitializedCapacity: events.count) { buffer, initialized in
                for event in events {
                    let lead = Int(event.lead)
                    (buffer.baseAddress! + next[lead]).initialize(to: event)
                    next[lead] += 1
                }
                initialized = events.count
            }
        }
    }

    /// Sorts one lead's run into the brief's order (see `LeadEvent.precedes`): insertion sort
    /// for the usual short, nearly sorted run, else the standard sort.
    private static func sortRun(_ events: inout UnsafeMutableBufferPointer<LeadEvent>, from: Int, to: Int) {
        guard to - from > 1 else { return }
        if to - from > 64 {
            var run = UnsafeMutableBufferPointer(rebasing: events[from..<to])
            run.sort { $0.precedes($1) }
            return
        }
        for i in (from + 1)..<to {
            let item = events[i]
            var j = i - 1
            while j >= from && item.precedes(events[j]) {
                events[j + 1] = events[j]
                j -= 1
            }
            events[j + 1] = item
        }
    }
}
