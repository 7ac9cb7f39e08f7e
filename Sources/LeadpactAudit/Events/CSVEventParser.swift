/// Maps CSV rows to `RawEventFields` by the header row: one column per top-level key,
/// `set.FIELD` and `context.KEY` columns for the nested ones. Empty cells are absent.
struct CSVEventParser {
    /// What a column holds.
    private enum Column {
        case ts, lead, type, activity, to, by, channel, reason
        case set(String)
        case context(String)
        case ignored
    }

    private let columns: [Column]

    /// A parser for rows under `header`.
    init(header: [String]) {
        columns = header.map { name in
            let name = String(name.trimmingWhitespace)
            switch name {
            case "ts": return .ts
            case "lead": return .lead
            case "type": return .type
            case "activity": return .activity
            case "to": return .to
            case "by": return .by
            case "channel": return .channel
            case "reason": return .reason
            default:
                if name.hasPrefix("set."), name.count > 4 { return .set(String(name.dropFirst(4))) }
                if name.hasPrefix("context."), name.count > 8 { return .context(String(name.dropFirst(8))) }
                return .ignored
            }
        }
    }

    /// Whether the header names the three columns every event needs.
    var missingRequiredColumns: [String] {
        var have = Set<String>()
        for column in columns {
            switch column {
            case .ts: have.insert("ts")
            case .lead: have.insert("lead")
            case .type: have.insert("type")
            default: break
            }
        }
        return ["ts", "lead", "type"].filter { !have.contains($0) }
    }

    /// Fills `fields` from one record's cells.
    func parse(_ cells: [String], into fields: inout RawEventFields) throws(EventLineError) {
        fields.reset(untypedText: true)
        guard cells.count == columns.count else {
            throw EventLineError("row has \(cells.count) fields but the header has \(columns.count)")
        }
        for (column, cell) in zip(columns, cells) {
            let value: JSONScalar? = cell.isEmpty ? nil : .string(cell)
            switch column {
            case .ts: fields.ts = value
            case .lead: fields.lead = value
            case .type: fields.type = value
            case .activity: fields.activity = value
            case .to: fields.to = value
            case .by: fields.by = value
            case .channel: fields.channel = value
            case .reason: fields.reason = value
            case .set(let key):
                if let value, !value.isAbsent { fields.hasSet = true; fields.setEntries.append(RawMember(key: .text(key), value: .scalar(value))) }
            case .context(let key):
                if let value, !value.isAbsent { fields.hasContext = true; fields.contextEntries.append(RawMember(key: .text(key), value: .scalar(value))) }
            case .ignored: break
            }
        }
    }
}
