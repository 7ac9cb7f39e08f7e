import LeadpactContract
import LeadpactExpressions

extension ChangeCollector {
    /// `sales:`. Shorter clocks, more touches or channel minimums, fewer allowed reasons and
    /// more expedited leads tighten sales.
    mutating func compareSales(_ old: SalesCommitments?, _ new: SalesCommitments?) {
        guard let old, let new else {
            if let old { record("sales", old: Self.outline(old), new: nil, .loosened, .sales) }
            if let new { record("sales", old: nil, new: Self.outline(new), .tightened, .sales) }
            return
        }
        compareValue("sales.calendar", old.calendar.map(Self.describe), new.calendar.map(Self.describe), side: .sales)
        compareDuration("sales.accept_within", old.acceptWithin, new.acceptWithin, side: .sales)
        compareDuration("sales.first_touch_within", old.firstTouchWithin, new.firstTouchWithin, side: .sales)
        for index in 0..<max(old.expedite.count, new.expedite.count) {
            let path = "sales.expedite[\(index)]"
            switch (old.expedite[safe: index], new.expedite[safe: index]) {
            case (let before?, let after?):
                // A stricter `when` expedites fewer leads: that loosens sales.
                compareCondition("\(path).when", before.when, after.when, side: .sales, stricter: .loosened)
                compareDuration(
                    "\(path).first_touch_within", before.firstTouchWithin, after.firstTouchWithin, side: .sales)
            case (let before?, nil): record(path, old: Self.describe(before), new: nil, .loosened, .sales)
            case (nil, let after?): record(path, old: nil, new: Self.describe(after), .tightened, .sales)
            case (nil, nil): continue
            }
        }
        switch (old.sequence, new.sequence) {
        case (let before?, let after?):
            compareNumber("sales.sequence.touches", before.touches, after.touches, side: .sales, higher: .tightened)
            compareDuration("sales.sequence.within", before.within, after.within, side: .sales)
            for channel in Set(before.channels.keys).union(after.channels.keys).sorted() {
                compareNumber(
                    "sales.sequence.channels.\(channel)", before.channels[channel], after.channels[channel],
                    side: .sales, higher: .tightened)
            }
        case (let before?, nil): record("sales.sequence", old: Self.describe(before), new: nil, .loosened, .sales)
        case (nil, let after?): record("sales.sequence", old: nil, new: Self.describe(after), .tightened, .sales)
        case (nil, nil): break
        }
        compareNames("sales.reasons", old.reasons, new.reasons, side: .sales, added: .loosened)
    }

    /// `na`, or `by region (emea: emea, na: na, default: na)`.
    private static func describe(_ selection: CalendarSelection) -> String {
        switch selection {
        case .single(let name):
            return name
        case .byField(let field, let calendars, let fallback):
            let entries = calendars.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
            return "by \(field) (" + (entries + (fallback.map { ["default: \($0)"] } ?? [])).joined(separator: ", ") + ")"
        }
    }

    /// `first touch within 5 minutes when count(demo_request, 7 days) >= 1`.
    private static func describe(_ rule: ExpediteRule) -> String {
        "first touch within \(DurationText.describe(rule.firstTouchWithin)) when \(rule.when.sourceText)"
    }

    /// `7 touches within 10 business days (call ≥ 3, email ≥ 3)`.
    private static func describe(_ sequence: TouchSequence) -> String {
        let channels = sequence.channels.sorted { $0.key < $1.key }.map { "\($0.key) ≥ \($0.value)" }
        return "\(sequence.touches) touches within \(DurationText.describe(sequence.within))"
            + (channels.isEmpty ? "" : " (\(channels.joined(separator: ", ")))")
    }

    private static func outline(_ commitments: SalesCommitments) -> String {
        var parts: [String] = []
        if let accept = commitments.acceptWithin { parts.append("accept within \(DurationText.describe(accept))") }
        if let touch = commitments.firstTouchWithin {
            parts.append("first touch within \(DurationText.describe(touch))")
        }
        if let sequence = commitments.sequence { parts.append(describe(sequence)) }
        if !commitments.reasons.isEmpty { parts.append("reasons \(commitments.reasons.joined(separator: ", "))") }
        return parts.isEmpty ? "no commitments" : parts.joined(separator: "; ")
    }
}

extension Array {
    /// The element at `index`, or `nil` past the end.
    fileprivate subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
