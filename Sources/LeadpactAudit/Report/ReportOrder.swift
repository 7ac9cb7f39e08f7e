import Foundation

/// An item a report lists in order: by a time, then rule id, then lead (none first).
protocol ReportOrdered {
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
    /// The items of `lists` (in order) in report order (`Breach.reportOrder`,
    /// `OpenObligation.reportOrder`): by time, then rule, then lead, ties in the order found.
    /// Times and rules are read once into integer keys, leads compared only within a run of
    /// equal keys, and each item is moved (swapped with the placeholder) into its place.
    static func sorted<T: ReportOrdered>(_ lists: consuming [[T]]) -> [T] {
        var keys: [SortKey] = []
        keys.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        for list in lists.indices {
            lists[list].withUnsafeBufferPointer { items in
                for index in items.indices {
                    keys.append(SortKey(
                        time: SalesClock.millis(items[index].reportTime), rule: rank(items[index].rule),
                        list: list, index: index))
                }
            }
        }
        keys.sort { ($0.time, $0.rule, $0.list, $0.index) < ($1.time, $1.rule, $1.list, $1.index) }
        var runStart = 0
        for end in stride(from: 1, through: keys.count, by: 1)
        where end == keys.count || keys[end].time != keys[runStart].time || keys[end].rule != keys[runStart].rule {
            if end - runStart > 1 {
                var run: [(lead: String, key: SortKey)] = keys[runStart..<end].map { key in
                    (lists[key.list].withUnsafeBufferPointer { $0[key.index].lead } ?? "", key)
                }
                run.sort { a, b in a.lead != b.lead ? a.lead < b.lead : (a.key.list, a.key.index) < (b.key.list, b.key.index) }
                for (offset, entry) in run.enumerated() { keys[runStart + offset] = entry.key }
            }
            runStart = end
        }
        var sorted = [T](repeating: T.placeholder, count: keys.count)
        sorted.withUnsafeMutableBufferPointer { sorted in
            for (position, key) in keys.enumerated() {
                lists[key.list].withUnsafeMutableBufferPointer { items in
                    swap(&sorted[position], &items[key.index])
                }
            }
        }
        return sorted
    }

    /// Rules by id, as reports order them.
    private static let rulesByID = AuditRule.allCases.sorted()

    /// The place of `rule` in `rulesByID`.
    private static func rank(_ rule: AuditRule) -> Int {
        rulesByID.firstIndex(of: rule) ?? 0
    }

    /// A sort key: time in milliseconds, the rule's rank, where the item is.
    private struct SortKey {
        var time: Int64
        var rule: Int
        var list: Int
        var index: Int
    }
}
