import Foundation
import LeadpactYAML

/// Reads event files (JSON lines, or CSV when the name ends in `.csv`) into one `EventLog`.
///
/// A large JSON-lines file is cut into byte ranges at line starts, read on every core, and the
/// pieces joined in input order (see `EventLog.absorb`), so the log is the one a single pass
/// would give. A CSV file is read whole by one core, since a quoted field may span lines.
struct EventLogReader: Sendable {
    private let schema: EventSchema
    private let progress: ProgressCounter?
    private let parallelism: AuditParallelism

    /// A reader checking events against `schema`.
    init(
        schema: EventSchema, progress: (@Sendable (AuditProgress) -> Void)? = nil,
        parallelism: AuditParallelism = AuditParallelism()
    ) {
        self.schema = schema
        self.progress = progress.map(ProgressCounter.init)
        self.parallelism = parallelism
    }

    /// One stretch of input read on its own.
    private struct Job: Sendable {
        var file: Int
        var bytes: Range<Int>?
        var isCSV: Bool
    }

    /// Reads every file, in the order given; with `contents` (each file's bytes, read before),
    /// parses those bytes instead of reading the files again, one job a file.
    func read(files: [String], contents: [[UInt8]]? = nil) throws(AuditError) -> EventLog {
        guard files.count <= LeadEvent.maximumFiles else {
            throw AuditError.tooManyFiles(count: files.count, limit: LeadEvent.maximumFiles)
        }
        var planned: [Job] = []
        for (index, path) in files.enumerated() {
            if path.lowercased().hasSuffix(".csv") || contents != nil {
                planned.append(Job(file: index, bytes: nil, isCSV: path.lowercased().hasSuffix(".csv")))
            } else {
                let ranges = try LineReader.split(
                    path: path, into: parallelism.readParts, minimumPart: parallelism.minimumReadPart)
                planned += ranges?.map { Job(file: index, bytes: $0, isCSV: false) } ?? [Job(file: index, bytes: nil, isCSV: false)]
            }
        }
        let jobs = planned
        var pieces = ParallelWork.map(jobs.count) { index -> Piece in
            let job = jobs[index]
            var piece = Piece()
            piece.log.files = files
            do throws(AuditError) {
                let source = LineSource(path: files[job.file], contents: contents?[job.file])
                piece.lineCount = job.isCSV
                    ? try readCSV(source, file: job.file, into: &piece.log)
                    : try readJSONLines(
                        source, file: job.file, bytes: job.bytes,
                        reserving: job.bytes?.count ?? source.contents?.count ?? 0, into: &piece.log)
            } catch {
                piece.error = error
            }
            return piece
        }
        if let error = pieces.lazy.compactMap(\.error).first { throw error }
        var log = EventLog()
        log.files = files
        var lineOffset = 0
        for index in pieces.indices {
            if index > 0 && jobs[index].file != jobs[index - 1].file { lineOffset = 0 }
            var read = EventLog()
            swap(&read, &pieces[index].log)  // so the piece's memory is held once, and goes once absorbed
            if index == 0 {
                log = consume read
            } else {
                log.absorb(consume read, lineOffset: lineOffset)
            }
            lineOffset += pieces[index].lineCount
        }
        return log
    }

    /// Where a job's lines come from: the file, or its bytes read before.
    private struct LineSource {
        var path: String
        var contents: [UInt8]?

        /// Calls `body` with each line (see `LineReader.forEachLine`); returns the line count.
        func forEachLine(in range: Range<Int>? = nil, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) throws(AuditError) -> Int {
            guard let contents else { return try LineReader.forEachLine(path: path, in: range, body) }
            return LineReader.forEachLine(of: contents, body)
        }
    }

    /// What one job read.
    private struct Piece: Sendable {
        var log = EventLog()
        var lineCount = 0
        var error: AuditError?
    }

    /// Reads JSON lines (all of them, or those in `bytes`), with room for the events of
    /// `reserving` bytes; returns how many lines there were.
    private func readJSONLines(
        _ source: LineSource, file: Int, bytes range: Range<Int>?, reserving: Int, into log: inout EventLog
    ) throws(AuditError) -> Int {
        var fields = RawEventFields()
        log.events.reserveCapacity(reserving / Self.shortestLine)
        return try source.forEachLine(in: range) { bytes, line in
            if LineReader.isBlank(bytes) { return }
            if let offset = UTF8Validator.firstInvalidOffset(in: bytes) {
                log.lines += 1
                log.reject(file: file, line: line, Self.encodingProblem(in: bytes, at: offset))
            } else {
                readJSONLine(bytes, file: file, line: line, fields: &fields, into: &log)
            }
            progress?.count(line: log.lines)
        }
    }

    /// Reads one JSON line into `log`, through the reused `fields`.
    private func readJSONLine(
        _ bytes: UnsafeBufferPointer<UInt8>, file: Int, line: Int, fields: inout RawEventFields, into log: inout EventLog
    ) {
        do throws(JSONSyntaxError) {
            try JSONEventParser.parse(bytes, into: &fields, warming: log.leads.hint)
            log.append(fields, file: file, line: line, schema: schema)
        } catch {
            log.lines += 1
            log.reject(file: file, line: line, "\(error.summary) at column \(Self.column(of: error.offset, in: bytes)): \(error.message)")
        }
    }

    /// About the shortest line an event takes, to reserve room for the events at once
    /// (room never filled costs address space, not memory).
    private static let shortestLine = 56

    /// Reads a CSV file; returns how many lines there were.
    private func readCSV(_ source: LineSource, file: Int, into log: inout EventLog) throws(AuditError) -> Int {
        var fields = RawEventFields()
        var splitter = CSVRecordSplitter()
        var parser: CSVEventParser?
        var recordLine = 0
        var encodingProblem: String?  // the record's first line that is not UTF-8
        let lineCount = try source.forEachLine { bytes, line in
            if !splitter.isInsideQuotes {
                if LineReader.isBlank(bytes) { return }
                splitter.reset()
                recordLine = line
                encodingProblem = nil
            }
            if encodingProblem == nil, let offset = UTF8Validator.firstInvalidOffset(in: bytes) {
                encodingProblem = Self.encodingProblem(in: bytes, at: offset, line: line == recordLine ? nil : line)
            }
            guard splitter.feed(bytes) else { return }
            guard let rowParser = parser else {
                let header = CSVEventParser(header: splitter.fields, encodingProblem: encodingProblem)
                parser = header
                for problem in header.headerProblems { log.warn(file: file, line: recordLine, problem) }
                return
            }
            if let problem = encodingProblem {
                log.lines += 1
                log.reject(file: file, line: recordLine, problem)
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
            progress?.count(line: log.lines)
        }
        if splitter.isInsideQuotes {
            log.lines += 1
            log.reject(file: file, line: recordLine, "not valid CSV: a quoted field is never closed")
        }
        return lineCount
    }

    /// What is wrong with a line that is not valid UTF-8, naming its first bad byte (at
    /// `offset`, see `UTF8Validator`) by its 1-based byte column (of `line`, when that is not
    /// the line the issue is listed under).
    private static func encodingProblem(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int, line: Int? = nil) -> String {
        let hex = String(bytes[offset], radix: 16, uppercase: true)
        let place = (line.map { "line \($0), " } ?? "") + "byte column \(offset + 1)"
        return "not valid UTF-8 at \(place): byte 0x\(hex) cannot appear here; save the file as UTF-8"
    }

    /// The 1-based column (in characters) of a byte offset.
    private static func column(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let end = min(offset, bytes.count)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<end]), as: UTF8.self).count + 1
    }
}

/// Counts lines read on every core and reports each million read in all.
private final class ProgressCounter: @unchecked Sendable {
    private let report: @Sendable (AuditProgress) -> Void
    private let lock = NSLock()
    private var total = 0

    init(_ report: @escaping @Sendable (AuditProgress) -> Void) { self.report = report }

    /// Notes one more line read by a piece that has now read `line` (counted every 10 000).
    func count(line: Int) {
        guard line % 10_000 == 0 else { return }
        lock.lock()
        total += 10_000
        let reached = total % 1_000_000 == 0 ? total : nil
        lock.unlock()
        if let reached { report(AuditProgress(stage: .reading, linesRead: reached)) }
    }
}
