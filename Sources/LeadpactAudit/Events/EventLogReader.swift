/// Reads event files (JSON lines, or CSV when the name ends in `.csv`) into one `EventLog`.
struct EventLogReader {
    private let schema: EventSchema
    private let progress: (@Sendable (AuditProgress) -> Void)?

    /// A reader checking events against `schema`.
    init(schema: EventSchema, progress: (@Sendable (AuditProgress) -> Void)? = nil) {
        self.schema = schema
        self.progress = progress
    }

    /// Reads every file, in the order given.
    func read(files: [String]) throws(AuditError) -> EventLog {
        guard files.count <= LeadEvent.maximumFiles else {
            throw AuditError.tooManyFiles(count: files.count, limit: LeadEvent.maximumFiles)
        }
        var log = EventLog()
        log.files = files
        for (index, path) in files.enumerated() {
            if path.lowercased().hasSuffix(".csv") {
                try readCSV(path: path, file: index, into: &log)
            } else {
                try readJSONLines(path: path, file: index, into: &log)
            }
        }
        return log
    }

    private func readJSONLines(path: String, file: Int, into log: inout EventLog) throws(AuditError) {
        var fields = RawEventFields()
        try LineReader.forEachLine(path: path) { bytes, line in
            if LineReader.isBlank(bytes) { return }
            do throws(JSONSyntaxError) {
                try JSONEventParser.parse(bytes, into: &fields)
                log.append(fields, file: file, line: line, schema: schema)
            } catch {
                log.lines += 1
                log.reject(file: file, line: line, "not valid JSON at column \(Self.column(of: error.offset, in: bytes)): \(error.message)")
            }
            report(log.lines)
        }
    }

    private func readCSV(path: String, file: Int, into log: inout EventLog) throws(AuditError) {
        var fields = RawEventFields()
        var splitter = CSVRecordSplitter()
        var parser: CSVEventParser?
        var recordLine = 0
        try LineReader.forEachLine(path: path) { bytes, line in
            if !splitter.isInsideQuotes {
                if LineReader.isBlank(bytes) { return }
                splitter.reset()
                recordLine = line
            }
            guard splitter.feed(bytes) else { return }
            guard let rowParser = parser else {
                let header = CSVEventParser(header: splitter.fields)
                parser = header
                let missing = header.missingRequiredColumns
                if !missing.isEmpty {
                    log.warn(file: file, line: recordLine, "CSV header lacks the column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")): every row will be bad")
                }
                return
            }
            if let problem = splitter.problem {
                log.lines += 1
                log.reject(file: file, line: recordLine, "not valid CSV: \(problem)")
                return
            }
            do throws(EventLineError) {
                try rowParser.parse(splitter.fields, into: &fields)
                log.append(fields, file: file, line: recordLine, schema: schema)
            } catch {
                log.lines += 1
                log.reject(file: file, line: recordLine, error.message)
            }
            report(log.lines)
        }
        if splitter.isInsideQuotes {
            log.lines += 1
            log.reject(file: file, line: recordLine, "not valid CSV: a quoted field is never closed")
        }
    }

    private func report(_ lines: Int) {
        if let progress, lines % 1_000_000 == 0 {
            progress(AuditProgress(stage: .reading, linesRead: lines))
        }
    }

    /// The 1-based column (in characters) of a byte offset.
    private static func column(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let end = min(offset, bytes.count)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<end]), as: UTF8.self).count + 1
    }
}
