import CPrefetch

/// The events grouped by lead, each lead's events in the order of the brief: by `ts`, ties
/// in read order (files in the order given, then line).
///
/// The events are moved into that order, not indexed, so that checking a lead reads its
/// events from one stretch of memory. Counting, moving and sorting are each split over
/// `parts` threads; the result does not depend on how many.
struct LeadOrdering: Sendable {
    /// The events, lead by lead.
    let events: [LeadEvent]
    /// Where each lead's run starts in `events`; one extra entry marks the end.
    let starts: [Int]

    /// Groups the events of `runs` (read order is the runs one after the other; lead ids below
    /// `leadCount`) in O(n), plus a sort of each lead's (small) run; the runs are released on
    /// return.
    init(runs: consuming [[LeadEvent]], leadCount: Int, parts: Int = 1) {
        let chunks = Self.chunks(of: runs.map(\.count), into: max(1, parts))
        let sources = consume runs
        // Per chunk, how many events each lead has in it; then where the chunk's first event
        // of each lead goes, so every chunk moves its events on its own.
        let counts = ParallelWork.map(chunks.count) { chunk in
            var counts = [Int](repeating: 0, count: leadCount)
            for segment in chunks[chunk] {
                sources[segment.run].withUnsafeBufferPointer { events in
                    for event in events[segment.range] { counts[Int(event.lead)] += 1 }
                }
            }
            return counts
        }
        let (starts, cursors) = Self.places(counts: consume counts, leadCount: leadCount)
        let count = starts[leadCount]
        var grouped = [LeadEvent](unsafeUninitializedCapacity: count) { buffer, initialized in
            let target = SharedPointer(buffer.baseAddress)
            _ = ParallelWork.map(chunks.count) { chunk in
                var next = cursors[chunk]
                next.withUnsafeMutableBufferPointer { next in
                    for segment in chunks[chunk] {
                        sources[segment.run].withUnsafeBufferPointer { events in
                            for index in segment.range {
                                // The places a few events ahead are warmed: each is a cache miss.
                                if index + 16 < segment.range.upperBound { leadpact_prefetch(next.baseAddress! + Int(events[index + 16].lead)) }
                                if index + 8 < segment.range.upperBound { leadpact_prefetch(target.pointer! + next[Int(events[index + 8].lead)]) }
                                let lead = Int(events[index].lead)
                                (target.pointer! + next[lead]).initialize(to: events[index])
                                next[lead] += 1
                            }
                        }
                    }
                }
            }
            initialized = count
        }
        _ = consume sources
        let leadRanges = Self.leadRanges(starts: starts, into: max(1, parts))
        grouped.withUnsafeMutableBufferPointer { grouped in
            let target = SharedPointer(grouped.baseAddress)
            _ = ParallelWork.map(leadRanges.count) { part in
                var events = UnsafeMutableBufferPointer(start: target.pointer, count: count)
                for lead in leadRanges[part] {
                    Self.sortRun(&events, from: starts[lead], to: starts[lead + 1])
                }
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
        Self.leadRanges(starts: starts, into: count)
    }

    private static func leadRanges(starts: [Int], into count: Int) -> [Range<Int>] {
        let leadCount = starts.count - 1
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

    /// From each chunk's per-lead counts: where each lead's run starts (one extra entry marks
    /// the end), and where each chunk's first event of each lead goes.
    private static func places(counts: consuming [[Int]], leadCount: Int) -> (starts: [Int], cursors: [[Int]]) {
        var cursors = consume counts  // turned into the places where they lie
        var starts = [Int](repeating: 0, count: leadCount + 1)
        var total = 0
        for lead in 0..<leadCount {
            starts[lead] = total
            for chunk in cursors.indices {
                let count = cursors[chunk][lead]
                cursors[chunk][lead] = total
                total += count
            }
        }
        starts[leadCount] = total
        return (starts, cursors)
    }

    /// A stretch of one run.
    private struct Segment {
        var run: Int
        var range: Range<Int>
    }

    /// The runs (of the given sizes), one after the other, cut into at most `count` chunks of
    /// about equal events; a chunk may span runs. Chunks are in read order.
    private static func chunks(of sizes: [Int], into count: Int) -> [[Segment]] {
        let total = sizes.reduce(0, +)
        let size = max(1, (total + count - 1) / count)
        var chunks: [[Segment]] = [[]]
        var room = size
        for (run, runSize) in sizes.enumerated() {
            var start = 0
            while start < runSize {
                if room == 0 {
                    chunks.append([])
                    room = size
                }
                let end = min(runSize, start + room)
                chunks[chunks.count - 1].append(Segment(run: run, range: start..<end))
                room -= end - start
                start = end
            }
        }
        return chunks
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
