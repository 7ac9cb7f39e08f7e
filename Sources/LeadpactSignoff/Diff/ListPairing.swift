/// Pairs the items of an old and a new list that stand for the same entry, so a reordered
/// list is no change and an edited entry shows as a modification rather than a removal and
/// an addition.
struct ListPairing {
    /// Paired indices, ordered by their position in the new list.
    var pairs: [(old: Int, new: Int)] = []
    /// Old entries with no counterpart.
    var removed: [Int] = []
    /// New entries with no counterpart.
    var added: [Int] = []

    /// Pairs by each rule in turn: every unpaired new item takes the first unpaired old item
    /// the rule accepts. Earlier rules should be stricter (equality first).
    init<Item>(_ old: [Item], _ new: [Item], rules: [(Item, Item) -> Bool]) {
        var unpairedOld = Array(old.indices)
        var unpairedNew = Array(new.indices)
        for sameEntry in rules {
            unpairedNew.removeAll { index in
                guard let match = unpairedOld.firstIndex(where: { sameEntry(old[$0], new[index]) }) else { return false }
                pairs.append((unpairedOld.remove(at: match), index))
                return true
            }
        }
        pairs.sort { $0.new < $1.new }
        removed = unpairedOld
        added = unpairedNew
    }

    /// Whether the paired entries stand in a different order than before.
    var reordered: Bool {
        zip(pairs, pairs.dropFirst()).contains { $0.old > $1.old }
    }
}
