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
    /// The trimmed header names given to more than one column, each with its 1-based columns.
    private let repeatedNames: [(name: String, columns: [Int])]
    /// What is wrong when the header's line is not valid UTF-8.
    private let encodingProblem: String?
    /// Why every row is bad, when the header itself is unusable.
    private let rowProblem: String?

    /// A parser for rows under `header`; `encodingProblem` says what is wrong when the
    /// header's line is not valid UTF-8.
    init(header: [String], encodingProblem: String? = nil) {
        let names = header.map { String($0.trimmingWhitespace) }
        columns = names.map { name in
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
        repeatedNames = Self.repeatedNames(names)
        self.encodingProblem = encodingProblem
        if let encodingProblem {
            rowProblem = "the CSV header is \(encodingProblem)"
        } else if !repeatedNames.isEmpty {
            rowProblem = "the CSV header names \(Self.describe(repeatedNames, columns: false)) more than once"
        } else {
            rowProblem = nil
        }
    }

    /// The header's problems, each reported once: bytes that are not UTF-8 (then the names
    /// are not looked at), or the columns every event needs that it lacks and the names it
    /// gives twice.
    var headerProblems: [String] {
        if let encodingProblem { return ["CSV header is \(encodingProblem); every row will be bad"] }
        var problems: [String] = []
        let missing = missingRequiredColumns
        if !missing.isEmpty {
            problems.append("CSV header lacks the column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")): every row will be bad")
        }
        if !repeatedNames.isEmpty {
            problems.append("CSV header names \(Self.describe(repeatedNames, columns: true)) more than once: every row will be bad")
        }
        return problems
    }

    /// The columns every event needs that the header does not name.
    private var missingRequiredColumns: [String] {
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
        if let rowProblem { throw EventLineError(rowProblem) }
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

    /// The non-empty names given to more than one column, in the order they first appear.
    private static func repeatedNames(_ names: [String]) -> [(name: String, columns: [Int])] {
        var columnsByName: [String: [Int]] = [:]
        var order: [String] = []
        for (index, name) in names.enumerated() where !name.isEmpty {
            if columnsByName[name] == nil { order.append(name) }
            columnsByName[name, default: []].append(index + 1)
        }
        return order.compactMap { name in
            guard let columns = columnsByName[name], columns.count > 1 else { return nil }
            return (name, columns)
        }
    }

    /// "the column lead (columns 2 and 5)" or "the columns lead, set.title", with or without
    /// the column numbers.
    private static func describe(_ repeated: [(name: String, columns: [Int])], columns: Bool) -> String {
        let names = repeated.map { entry -> String in
            guard columns else { return entry.name }
            let numbers = entry.columns.map(String.init)
            return "\(entry.name) (columns \(numbers.dropLast().joined(separator: ", ")) and \(numbers[numbers.count - 1]))"
        }
        return "the column\(repeated.count == 1 ? "" : "s") \(names.joined(separator: ", "))"
    }
}
