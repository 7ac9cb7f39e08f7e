/// Splits CSV text into records of fields per RFC 4180: fields separated by commas,
/// quoted fields may hold commas, doubled quotes and line breaks.
struct CSVRecordSplitter {
    /// The fields of the record being assembled.
    private(set) var fields: [String] = []
    private var field: [UInt8] = []
    private var inQuotes = false
    private var fieldWasQuoted = false
    private var afterClosingQuote = false
    /// A quote problem in the current record, if any.
    private(set) var problem: String?

    /// Whether the last line ended inside a quoted field (the record goes on).
    var isInsideQuotes: Bool { inQuotes }

    /// Starts a new record.
    mutating func reset() {
        fields.removeAll(keepingCapacity: true)
        field.removeAll(keepingCapacity: true)
        inQuotes = false
        fieldWasQuoted = false
        afterClosingQuote = false
        problem = nil
    }

    /// Feeds one physical line; returns true when the record is complete.
    mutating func feed(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in line {
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    inQuotes = false
                    afterClosingQuote = true
                } else {
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: ","):
                finishField()
            case UInt8(ascii: "\""):
                if afterClosingQuote {
                    field.append(byte)
                    inQuotes = true
                    afterClosingQuote = false
                } else if field.isEmpty && !fieldWasQuoted {
                    inQuotes = true
                    fieldWasQuoted = true
                } else {
                    problem = problem ?? "a quote inside an unquoted field: quote the whole field and double the quote"
                    field.append(byte)
                }
            default:
                if afterClosingQuote {
                    problem = problem ?? "text after a closing quote: double a quote inside a quoted field"
                }
                afterClosingQuote = false
                field.append(byte)
            }
        }
        if inQuotes {
            field.append(0x0A)
            return false
        }
        finishField()
        return true
    }

    private mutating func finishField() {
        fields.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
        fieldWasQuoted = false
        afterClosingQuote = false
    }
}
