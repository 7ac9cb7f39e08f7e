import Foundation

/// An item a report lists in order: by a time, then rule id, then lead (none first).
protocol ReportOrdered: Sendable {
    /// The time the item is listed by.
    var reportTime: Date { get }
    var rule: AuditRule { get }
    var lead: String? { get }
    /// An item that says nothing, to fill a slot a real one is moved out of.
    static var placeholder: Self { get }
}

extension Breach: ReportOrdered {
    var reportTime: Date { resolvedAt }
}

extension OpenObligation: ReportOrdered {
    var reportTime: Date { due }
}

/// Puts a year of breaches or open obligations in report order without copying one.
enum ReportOrder {
    /// The place of one item in report order: its time, rule and lead.
    typealias Place = (time: Date, rule: AuditRule, lead: String?)

    /// Whether the item at `a` comes before the one at `b`: by time, then rule id, then lead
    /// (none first); `false` for a tie.
    static func precedes(_ a: Place, _ b: Place) -> Bool {
        if a.time != b.time { return a.time < b.time }
        if a.rule != b.rule { return a.rule < b.rule }
        return (a.lead ?? "") < (b.lead ?? "")
    }

    /// The items of `lists` (in order) in report order (`Breach.reportOrder`,
    /// `OpenObligation.reportOrder`): by time, then rule, then lead, ties in the order found.
    /// Times and rules are read once into integer keys, each list's keys sorted on a core of
    /// its own and the lists merged, leads compared only within a run of equal keys, and each
    /// item moved into its place (the placeholder left in its stead).
    static func sorted<T: ReportOrdered>(_ lists: consuming [[T]]) -> [T] {
        for list in lists.indices { lists[list].withUnsafeMutableBufferPointer { _ in } }  // each list's storage held here alone
        let items = consume lists
        let sortedLists = ParallelWork.map(items.count) { list in
            items[list].withUnsafeBufferPointer { items in
                var keys = items.indices.map { index in
                    SortKey(time: SalesClock.millis(items[index].reportTime), rule: rank(items[index].rule), list: list, index: index)
                }
                keys.sort(by: <)
                return keys
            }
        }
        var keys = merged(sortedLists)
        var runStart = 0
        for end in stride(from: 1, through: keys.count, by: 1)
        where end == keys.count || keys[end].time != keys[runStart].time || keys[end].rule != keys[runStart].rule {
            if end - runStart > 1 {
                var run: [(lead: String, key: SortKey)] = keys[runStart..<end].map { key in
                    (items[key.list].withUnsafeBufferPointer { $0[key.index].lead } ?? "", key)
                }
                run.sort { a, b in a.lead != b.lead ? a.lead < b.lead : a.key < b.key }
                for (offset, entry) in run.enumerated() { keys[runStart + offset] = entry.key }
            }
            runStart = end
        }
        // Where each item goes, list by list; then every list's items are moved to their places
        // on a core of their own (each place is written once), the placeholder left behind.
        var places = items.map { [Int](repeating: 0, count: $0.count) }
        for (position, key) in keys.enumerated() { places[key.list][key.index] = position }
        let destinations = places
        return [T](unsafeUninitializedCapacity: keys.count) { sorted, count in
            let target = SharedPointer(sorted.baseAddress)
            _ = ParallelWork.map(items.count) { list in
                items[list].withUnsafeBufferPointer { source in
                    guard let base = source.baseAddress else { return }
                    // The lists' storage is held here alone and not read again: its items are taken.
                    let from = UnsafeMutablePointer(mutating: base)
                    for index in source.indices {
                        (target.pointer! + destinations[list][index]).moveInitialize(from: from + index, count: 1)
                        (from + index).initialize(to: T.placeholder)
                    }
                }
            }
            count = keys.count
        }
    }

    /// Sorted key lists merged into one sorted list.
    private static func merged(_ lists: [[SortKey]]) -> [SortKey] {
        var heads = [Int](repeating: 0, count: lists.count)
        var keys: [SortKey] = []
        keys.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        while true {
            var best = -1
            for list in lists.indices where heads[list] < lists[list].count {
                if best < 0 || lists[list][heads[list]] < lists[best][heads[best]] { best = list }
            }
            guard best >= 0 else { return keys }
            keys.append(lists[best][heads[best]])
            heads[best] += 1
        }
    }

    /// Rules by id, as reports order them.
    private static let rulesByID = AuditRule.allCases.sorted()

    /// The place of `rule` in `rulesByID`.
    private static func rank(_ rule: AuditRule) -> Int {
        rulesByID.firstIndex(of: rule) ?? 0
    }

    /// A sort key: time in milliseconds, then the rule's rank and where the item is, packed
    /// in one word (rank in the top 8 bits, list in the next 16, index in the low 40).
    private struct SortKey: Comparable {
        var time: Int64
        var place: UInt64

        init(time: Int64, rule: Int, list: Int, index: Int) {
            self.time = time
            place = UInt64(rule) << 56 | UInt64(list) << 40 | UInt64(index)
        }

        var rule: Int { Int(place >> 56) }
        var list: Int { Int(place >> 40 & 0xFFFF) }
        var index: Int { Int(place & 0xFF_FFFF_FFFF) }

        static func < (a: SortKey, b: SortKey) -> Bool {
            a.time != b.time ? a.time < b.time : a.place < b.place
        }
    }
}
