public import LeadpactContract

/// Event files read under one event schema (a contract's fields and activities): the read
/// stage of an audit, which `Auditor.check` judges. A copy shares the events read; checking
/// one copy leaves the others whole.
public struct ReadEvents: Sendable {
    /// The event files, in the order read.
    public let files: [String]
    /// The schema the lines were parsed under.
    let schema: EventSchema
    /// The events, their payloads and the problems found.
    private(set) var log: EventLog

    init(files: [String], schema: EventSchema, log: EventLog) {
        self.files = files
        self.schema = schema
        self.log = log
    }

    /// Lines read, good and bad.
    public var lines: Int { log.lines }
    /// Lines rejected under this schema.
    public var badLines: Int { log.badLines }

    /// Hands over the log, leaving an empty one, so a check that holds the only copy can
    /// drop the events as it goes.
    mutating func takeLog() -> EventLog {
        defer { log = EventLog() }
        return log
    }

    /// Whether `contract` reads events as these were read: the same declared fields, with the
    /// same types, and the same activities.
    public func fits(_ contract: Contract) -> Bool {
        schema.readsLike(EventSchema(contract: contract))
    }
}

extension Auditor {
    /// Reads `eventFiles` under `contract`'s event schema: the read stage of `audit`.
    ///
    /// - Throws: `AuditError.unreadableFile` when a file cannot be read, `AuditError.tooManyFiles`.
    public static func read(eventFiles: [String], for contract: Contract, options: AuditOptions) throws(AuditError) -> ReadEvents {
        let schema = EventSchema(contract: contract)
        let log = try EventLogReader(schema: schema, progress: options.progress, parallelism: options.parallelism)
            .read(files: eventFiles)
        return ReadEvents(files: eventFiles, schema: schema, log: log)
    }

    /// Reads `eventFiles` once for several contracts, returning the events read under each
    /// contract's schema, in the order of `contracts`.
    ///
    /// Each file is read from disk once. Contracts whose schemas are alike (`ReadEvents.fits`)
    /// share one parse: the same events, payloads and bad lines. When a contract's schema
    /// differs, the files' bytes are held in memory after that one read and parsed again under
    /// each distinct schema, so a line can be bad under one contract and good under another.
    ///
    /// - Throws: `AuditError.unreadableFile` when a file cannot be read, `AuditError.tooManyFiles`.
    public static func read(eventFiles: [String], for contracts: [Contract], options: AuditOptions) throws(AuditError) -> [ReadEvents] {
        var schemas: [EventSchema] = []
        let schemaIndex = contracts.map { contract in
            let schema = EventSchema(contract: contract)
            if let known = schemas.firstIndex(where: { $0.readsLike(schema) }) { return known }
            schemas.append(schema)
            return schemas.count - 1
        }
        var contents: [[UInt8]]?
        if schemas.count > 1 {
            guard eventFiles.count <= LeadEvent.maximumFiles else {
                throw AuditError.tooManyFiles(count: eventFiles.count, limit: LeadEvent.maximumFiles)
            }
            var loaded: [[UInt8]] = []
            for path in eventFiles { loaded.append(try LineReader.contents(path: path)) }
            contents = loaded
        }
        var logs: [ReadEvents] = []
        for schema in schemas {
            let reader = EventLogReader(schema: schema, progress: options.progress, parallelism: options.parallelism)
            let log = try reader.read(files: eventFiles, contents: contents)
            logs.append(ReadEvents(files: eventFiles, schema: schema, log: log))
        }
        return schemaIndex.map { logs[$0] }
    }
}
