import LeadpactCalendar

extension EventLog {
    /// Checks one line's fields against the brief and the contract and stores the event,
    /// or records the line as bad with the first problem found.
    mutating func append(_ raw: RawEventFields, file: Int, line: Int, schema: EventSchema) {
        lines += 1
        switch makeEvent(raw, file: file, line: line, schema: schema) {
        case .success(let event): events.append(event)
        case .failure(let error): reject(file: file, line: line, error.message)
        }
    }

    private mutating func makeEvent(
        _ raw: RawEventFields, file: Int, line: Int, schema: EventSchema
    ) -> Result<LeadEvent, EventLineError> {
        let timestamp: Int64
        if let millis = raw.tsMillis {
            timestamp = millis
        } else {
            switch parseTimestamp(raw.ts) {
            case .success(let millis): timestamp = millis
            case .failure(let error): return .failure(error)
            }
        }
        var leadText = ""
        if raw.leadText == nil {
            switch requiredText(raw.lead, "lead") {
            case .success(let text): leadText = text
            case .failure(let error): return .failure(error)
            }
        }
        let kind: EventKind
        if let known = raw.kind {
            kind = known
        } else {
            switch kindOf(raw.type) {
            case .success(let named): kind = named
            case .failure(let error): return .failure(error)
            }
        }
        var event = LeadEvent(
            timestamp: timestamp, lead: 0, kind: kind, text: LeadEvent.Payload.none, actor: LeadEvent.Payload.none,
            payloadStart: 0, payloadCount: 0, file: file, line: Int32(truncatingIfNeeded: line))
        if let text = raw.byText {
            event.actor = strings.intern(UnsafeBufferPointer(rebasing: raw.line[text]))
        } else {
            switch optionalText(raw.by, "by") {
            case .success(let text): event.actor = text.map { strings.intern($0) } ?? LeadEvent.Payload.none
            case .failure(let error): return .failure(error)
            }
        }
        if let error = fillKindPayload(&event, raw, schema: schema) { return .failure(error) }
        if let text = raw.leadText {
            event.lead = leads.intern(UnsafeBufferPointer(rebasing: raw.line[text]), hash: raw.leadHash)
        } else {
            event.lead = leads.intern(leadText)
        }
        return .success(event)
    }

    private mutating func fillKindPayload(_ event: inout LeadEvent, _ raw: RawEventFields, schema: EventSchema) -> EventLineError? {
        switch event.kind {
        case .activity:
            let name: String
            if let text = raw.activityText {
                let bytes = UnsafeBufferPointer(rebasing: raw.line[text])
                if let index = schema.activity(utf8: bytes) {
                    event.text = index
                    break
                }
                name = String(decoding: bytes, as: UTF8.self)
            } else {
                switch requiredText(raw.activity, "activity", kind: "an activity event") {
                case .failure(let error): return error
                case .success(let text): name = text
                }
            }
            guard let index = schema.activity(named: name) else {
                return EventLineError("activity '\(name)' is not in the contract's activities [\(schema.activityNames.joined(separator: ", "))]")
            }
            event.text = index
        case .assigned:
            switch requiredText(raw.to, "to", kind: "an assigned event") {
            case .failure(let error): return error
            case .success(let name): event.text = strings.intern(name)
            }
        case .touch:
            if let text = raw.channelText {
                event.text = strings.intern(UnsafeBufferPointer(rebasing: raw.line[text]))
                break
            }
            switch requiredText(raw.channel, "channel", kind: "a touch event") {
            case .failure(let error): return error
            case .success(let name): event.text = strings.intern(name)
            }
        case .rejected, .disqualified, .recycled, .renurture:
            switch raw.reason {
            case nil: event.text = LeadEvent.Payload.none
            case let value? where value.isAbsent: event.text = LeadEvent.Payload.none
            case .string(let text)?: event.text = strings.intern(text)
            case _?: event.text = LeadEvent.Payload.notText
            }
        case .mql:
            if raw.contextNotObject { return EventLineError("context must be an object of keys and values") }
            guard raw.contextEntries.count <= Int(UInt16.max) else {
                return EventLineError("context has more than \(UInt16.max) keys")
            }
            event.payloadStart = Int32(truncatingIfNeeded: context.count)
            for member in raw.contextEntries where !member.isAbsent {
                let key = switch member.key {
                case .span(let span): strings.intern(raw.bytes(span))
                case .text(let text): strings.intern(text)
                }
                let value = switch member.value {
                case .span(let span): strings.intern(raw.bytes(span))
                case .scalar(let value): strings.intern(Self.contextText(value))
                }
                context.append(ContextEntry(key: key, value: value))
            }
            event.payloadCount = UInt16(truncatingIfNeeded: context.count - Int(event.payloadStart))
        default:
            break
        }
        if event.kind.appliesSet {
            return fillSet(&event, raw, schema: schema)
        }
        return nil
    }

    private mutating func fillSet(_ event: inout LeadEvent, _ raw: RawEventFields, schema: EventSchema) -> EventLineError? {
        if raw.setNotObject { return EventLineError("set must be an object of field values") }
        if !raw.hasSet {
            return event.kind == .profile ? EventLineError("a profile event needs set (the attributes it records)") : nil
        }
        let start = attributes.count
        for member in raw.setEntries {
            let known = switch member.key {
            case .span(let span): schema.field(ascii: raw.bytes(span))
            case .text(let text): schema.field(named: text)
            }
            guard let field = known else {
                attributes.removeSubrange(start...)
                return EventLineError("set field '\(raw.key(of: member))' is not in the contract's fields [\(schema.fieldNames.joined(separator: ", "))]")
            }
            if member.isAbsent { continue }
            if case .span(let span) = member.value,
               let attribute = schema.storeText(raw.bytes(span), field: field, strings: &strings) {
                attributes.append(attribute)
                continue
            }
            switch schema.store(raw.value(of: member), field: field, untypedText: raw.untypedText, strings: &strings) {
            case .success(let attribute): attributes.append(attribute)
            case .failure(let error):
                attributes.removeSubrange(start...)
                return error
            }
        }
        guard attributes.count - start <= Int(UInt16.max) else {
            attributes.removeSubrange(start...)
            return EventLineError("set has more than \(UInt16.max) fields")
        }
        event.payloadStart = Int32(truncatingIfNeeded: start)
        event.payloadCount = UInt16(attributes.count - start)
        return nil
    }

    private func kindOf(_ value: JSONScalar?) -> Result<EventKind, EventLineError> {
        switch requiredText(value, "type") {
        case .failure(let error): return .failure(error)
        case .success(let text):
            guard let kind = EventKind(name: text) else {
                return .failure(EventLineError(
                    "unknown type '\(text)': expected one of \(EventKind.allCases.map(\.name).joined(separator: ", "))"))
            }
            return .success(kind)
        }
    }

    private func parseTimestamp(_ value: JSONScalar?) -> Result<Int64, EventLineError> {
        switch requiredText(value, "ts") {
        case .failure(let error): return .failure(error)
        case .success(let text):
            switch RFC3339.parseMilliseconds(text) {
            case .success(let millis): return .success(millis)
            case .failure(.noOffset):
                return .failure(EventLineError("ts '\(text)' has no UTC offset: write it like 2026-11-16T09:03:00-05:00 or with Z"))
            case .failure(.invalidDate):
                return .failure(EventLineError("ts '\(text)' is not a valid date and time"))
            case .failure(.malformed):
                return .failure(EventLineError("ts '\(text)' is not an RFC 3339 timestamp like 2026-11-16T09:03:00-05:00"))
            }
        }
    }

    private func requiredText(_ value: JSONScalar?, _ key: String, kind: String? = nil) -> Result<String, EventLineError> {
        guard let value, !value.isAbsent else {
            return .failure(EventLineError(kind.map { "\($0) needs \(key)" } ?? "missing \(key)"))
        }
        guard case .string(let text) = value else {
            return .failure(EventLineError("\(key) must be a string, found \(value.typeName)"))
        }
        return .success(text)
    }

    private func optionalText(_ value: JSONScalar?, _ key: String) -> Result<String?, EventLineError> {
        guard let value, !value.isAbsent else { return .success(nil) }
        guard case .string(let text) = value else {
            return .failure(EventLineError("\(key) must be a string, found \(value.typeName)"))
        }
        return .success(text)
    }

    private static func contextText(_ value: JSONScalar) -> String {
        switch value {
        case .string(let text): text
        case .int(let v): String(v)
        case .number(let v): String(v)
        case .largeInteger(let written): written
        case .bool(let v): v ? "true" : "false"
        case .null: ""
        case .composite: "{…}"
        }
    }
}
