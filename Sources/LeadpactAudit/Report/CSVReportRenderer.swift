import LeadpactContract

/// The breaches as CSV, one a row, for a spreadsheet: RFC 4180 (CRLF line ends; a field with a
/// comma, quote, CR or LF is quoted, quotes doubled), a header row, times in RFC 3339 in
/// contract.timezone, lateness both in seconds and in words. Text taken from the event log or
/// the contract is made inert for a spreadsheet (see `inert(_:)`).
public struct CSVReportRenderer: AuditReportRenderer {
    /// The columns, in order.
    public static let columns = [
        "rule", "side", "lead", "owner", "due", "resolved_at", "met", "met_at",
        "late_by_business_seconds", "late_by_seconds", "late_by", "calendar", "detail",
    ]

    /// Creates the renderer.
    public init() {}

    /// The header row and one row per breach, in report order.
    public func render(_ result: AuditResult) -> String {
        var buffer = ReportBuffer()
        write(result, to: &buffer)
        return buffer.text
    }

    /// Writes the header row and the breaches, row by row, into `buffer`.
    public func write(_ result: AuditResult, to buffer: inout ReportBuffer) {
        let clock = ReportClock(timeZone: result.contract.timeZone)
        buffer.append(Self.row(Self.columns))
        for breach in result.breaches {
            buffer.append(Self.row([
                breach.rule.rawValue,
                breach.side.rawValue,
                Self.inert(breach.lead ?? ""),
                Self.inert(breach.owner),
                clock.format(breach.due),
                clock.format(breach.resolvedAt),
                breach.metAt == nil ? "no" : "late",
                breach.metAt.map(clock.format) ?? "",
                breach.lateByBusinessSeconds.map { String($0) } ?? "",
                breach.lateBySeconds.map { String($0) } ?? "",
                breach.lateBySeconds == nil ? "" : ReportText.lateness(breach),
                Self.inert(breach.calendar ?? ""),
                Self.inert(breach.detail),
            ]))
        }
    }

    /// What a cell of text from the event log or the contract (a lead, an owner, a calendar's
    /// name, a detail quoting reasons and context) becomes: a spreadsheet evaluates a cell that
    /// begins with `=`, `+`, `-` or `@` as a formula (a leading TAB or CR can hide one),
    /// so such a cell gets a leading `'`, which makes it text. Cells the report writes itself
    /// (rule, side, times, numbers, lateness) are left exact.
    static func inert(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    /// The first characters that make a spreadsheet read a cell as a formula.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// One record: fields joined by commas, quoted where RFC 4180 requires, ended by CRLF.
    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A field, quoted when it holds a comma, a double quote, CR or LF.
    static func field(_ value: String) -> String {
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return value }
        var quoted = "\""
        for character in value.unicodeScalars {
            if character == "\"" { quoted += "\"\"" } else { quoted.unicodeScalars.append(character) }
        }
        return quoted + "\""
    }
}
