import Foundation

/// Spells compact events out as JSON lines (SPEC §4) into a reused byte buffer, with hand-rolled
/// number and timestamp formatting so that ten million lines take seconds.
struct FixtureLineEncoder {
    let blueprint: FixtureBlueprint
    let clocks: [WorkingClock]
    let reps: [SalesRep]
    /// An activity name the contract does not declare, for the deliberate bad lines.
    let unknownActivity: String

    init(blueprint: FixtureBlueprint, clocks: [WorkingClock], reps: [SalesRep]) {
        self.blueprint = blueprint
        self.clocks = clocks
        self.reps = reps
        var name = "video_view"
        while blueprint.activities.contains(name) { name += "_x" }
        unknownActivity = name
    }

    /// Appends `event`'s line, newline included.
    func append(_ event: FixtureEvent, of lead: LeadRecord, to out: inout [UInt8]) {
        let zone = clocks[lead.clock].zone
        out.append(contentsOf: #"{"ts":""#.utf8)
        appendTimestamp(event.timestamp, offset: zone.offset(at: event.timestamp), withOffset: event.kind != .missingOffset, to: &out)
        out.append(contentsOf: #"","lead":""#.utf8)
        out.append(contentsOf: lead.id.utf8)
        out.append(contentsOf: #"","type":""#.utf8)
        out.append(contentsOf: event.kind.typeName.utf8)
        out.append(UInt8(ascii: "\""))
        let detail = Int(event.detail)
        switch event.kind {
        case .profile:
            if detail < lead.profileSets.count { appendSet(lead.profileSets[detail], to: &out) }
        case .activity, .missingOffset:
            key("activity", to: &out)
            string(detail < blueprint.activities.count ? blueprint.activities[detail] : unknownActivity, to: &out)
        case .unknownActivity:
            key("activity", to: &out)
            string(unknownActivity, to: &out)
        case .brokenJSON:
            out.append(contentsOf: #","activity":"#.utf8)
            out.append(UInt8(ascii: "\n"))
            return
        case .mql:
            by("marketing", to: &out)
            key("context", to: &out)
            out.append(UInt8(ascii: "{"))
            if detail < lead.contexts.count {
                for (index, entry) in lead.contexts[detail].entries.enumerated() {
                    if index > 0 { out.append(UInt8(ascii: ",")) }
                    string(entry.key, to: &out)
                    out.append(UInt8(ascii: ":"))
                    string(entry.value ?? "", to: &out)
                }
            }
            out.append(UInt8(ascii: "}"))
        case .assigned:
            by("router", to: &out)
            key("to", to: &out)
            string(repName(event.actor), to: &out)
        case .touch:
            by(repName(event.actor), to: &out)
            key("channel", to: &out)
            string(detail < blueprint.channels.count ? blueprint.channels[detail] : "call", to: &out)
        case .sql:
            by(repName(event.actor), to: &out)
            if detail < lead.sqlSets.count { appendSet(lead.sqlSets[detail], to: &out) }
        case .rejected, .disqualified, .recycled, .renurture:
            by(repName(event.actor), to: &out)
            appendReason(event.detail, to: &out)
        case .accepted, .won, .lost:
            by(repName(event.actor), to: &out)
        }
        out.append(contentsOf: "}\n".utf8)
    }

    private func repName(_ actor: Int32) -> String {
        actor >= 0 && Int(actor) < reps.count ? reps[Int(actor)].name : "unassigned"
    }

    private func appendReason(_ code: Int32, to out: inout [UInt8]) {
        let reasons = blueprint.reasons
        switch code {
        case ReasonCode.missing:
            return
        case ReasonCode.blank:
            key("reason", to: &out)
            string("", to: &out)
        case let listed where listed >= 0 && Int(listed) < reasons.count:
            key("reason", to: &out)
            string(reasons[Int(listed)], to: &out)
        case let typo where typo <= -100 && Int(-100 - typo) < reasons.count:
            // Typed by hand: "No budget" instead of "no_budget".
            let written = reasons[Int(-100 - typo)].replacingOccurrences(of: "_", with: " ")
            key("reason", to: &out)
            string(written.prefix(1).uppercased() + written.dropFirst(), to: &out)
        default:
            return
        }
    }

    private func appendSet(_ values: [(field: String, value: FixtureValue)], to out: inout [UInt8]) {
        key("set", to: &out)
        out.append(UInt8(ascii: "{"))
        for (index, entry) in values.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            string(entry.field, to: &out)
            out.append(UInt8(ascii: ":"))
            switch entry.value {
            case .int(let number): decimal(Int64(number), to: &out)
            case .number(let number): out.append(contentsOf: String(number).utf8)
            case .text(let text): string(text, to: &out)
            case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
            }
        }
        out.append(UInt8(ascii: "}"))
    }

    private func by(_ actor: String, to out: inout [UInt8]) {
        key("by", to: &out)
        string(actor, to: &out)
    }

    private func key(_ name: String, to out: inout [UInt8]) {
        out.append(contentsOf: #",""#.utf8)
        out.append(contentsOf: name.utf8)
        out.append(contentsOf: #"":"#.utf8)
    }

    /// A JSON string with `"`, `\` and control characters escaped.
    private func string(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            case 0..<0x20:
                out.append(contentsOf: "\\u00".utf8)
                out.append(hexDigit(byte >> 4))
                out.append(hexDigit(byte & 0xF))
            default:
                out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    private func decimal(_ value: Int64, to out: inout [UInt8]) {
        out.append(contentsOf: String(value).utf8)
    }
}
