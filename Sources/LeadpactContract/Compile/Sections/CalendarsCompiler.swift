import LeadpactCalendar
import LeadpactDiagnostics
import LeadpactYAML

/// Compiles `calendars:`: for each named calendar its zone, weekly hours and holidays.
struct CalendarsCompiler {
    let context: CompilationContext
    private var reader: NodeReader { NodeReader(context: context) }

    /// Reads every calendar into `draft.calendars`.
    func compile(_ node: YAMLNode, into draft: inout ContractDraft) {
        let path: ContractPath = ["calendars"]
        guard let pairs = node.mapping else {
            reader.reportWrongKind(node, expected: "a mapping of calendar names to calendars", at: path)
            return
        }
        for pair in pairs {
            guard let name = pair.key.scalar else { continue }
            let calendarPath = path.appending(name)
            context.sourceMap.recordKey(pair.key.range, at: calendarPath)
            context.sourceMap.recordValue(pair.value.range, at: calendarPath)
            guard NameRules.check(name, kind: .calendar, range: pair.key.range, context: context) else { continue }
            draft.calendarNames.append(name)
            if let spec = calendar(name, pair.value, at: calendarPath, into: &draft) {
                draft.calendars[name] = spec
            }
        }
    }

    private func calendar(
        _ name: String, _ node: YAMLNode, at path: ContractPath, into draft: inout ContractDraft
    ) -> CalendarSpec? {
        guard let mapping = MappingReader(
            node, at: path, keys: ["timezone", "hours", "holidays"], required: ["timezone", "hours"], context: context
        ) else { return nil }
        let zone = mapping["timezone"].flatMap { reader.nonEmptyText($0, at: mapping.path(of: "timezone")) }
        if let zone { draft.timeZones.append((mapping.path(of: "timezone"), zone)) }
        let weekly = mapping["hours"].flatMap { hours($0, at: mapping.path(of: "hours")) }
        var holidays: [LocalDate: [TimeWindow]] = [:]
        var holidaysRead = true
        if let node = mapping["holidays"] {
            let read = self.holidays(node, at: mapping.path(of: "holidays"), into: &draft)
            holidays = read ?? [:]
            holidaysRead = read != nil
        }
        guard let zone, let weekly, holidaysRead else { return nil }
        return CalendarSpec(name: name, timeZone: zone, weekly: weekly, holidays: holidays)
    }

    private func hours(_ node: YAMLNode, at path: ContractPath) -> [Weekday: [TimeWindow]]? {
        guard let pairs = node.mapping else {
            reader.reportWrongKind(node, expected: "a mapping of days to working windows", at: path)
            return nil
        }
        var weekly: [Weekday: [TimeWindow]] = [:]
        var definedAt: [Weekday: SourceRange] = [:]
        var failed = false
        for pair in pairs {
            guard let key = pair.key.scalar else { continue }
            context.sourceMap.recordKey(pair.key.range, at: path.appending(key))
            context.sourceMap.recordValue(pair.value.range, at: path.appending(key))
            let days: [Weekday]
            switch HoursSyntax.days(key) {
            case .success(let named): days = named
            case .failure(let problem):
                context.report(
                    .invalidDayKey, problem.message, at: pair.key.range,
                    fixIts: problem.suggestion.map { [FixIt("write '\($0)'", range: pair.key.range, replacement: $0)] } ?? []
                )
                failed = true
                continue
            }
            guard let windows = windows(pair.value, at: path.appending(key)) else {
                failed = true
                continue
            }
            for day in days {
                if let first = definedAt[day] {
                    context.report(
                        .dayListedTwice, "'\(day.shortName)' already has hours in this calendar", at: pair.key.range,
                        notes: [DiagnosticNote("'\(day.shortName)' first gets hours here", range: first)],
                        fixIts: [FixIt("give each day its hours under one key")]
                    )
                    failed = true
                    continue
                }
                definedAt[day] = pair.key.range
                weekly[day] = windows
                context.sourceMap.recordValue(pair.value.range, at: path.appending(day.shortName))
            }
        }
        return failed ? nil : weekly
    }

    /// One day's windows: `09:00-12:00, 13:00-16:00`, or a list of windows.
    func windows(_ node: YAMLNode, at path: ContractPath) -> [TimeWindow]? {
        let texts: [(String, SourceRange)]
        if let items = node.sequence {
            texts = items.enumerated().compactMap { index, item in
                reader.nonEmptyText(item, at: path.appending(index: index)).map { ($0, item.range) }
            }
            guard texts.count == items.count, !texts.isEmpty else {
                if items.isEmpty { context.report(.emptyValue, "'\(path.display)' lists no windows", at: node.range) }
                return nil
            }
        } else {
            guard let text = reader.nonEmptyText(node, at: path) else { return nil }
            texts = [(text, node.range)]
        }
        var windows: [TimeWindow] = []
        for (text, range) in texts {
            switch HoursSyntax.windows(text) {
            case .success(let read): windows += read
            case .failure(let problem):
                context.report(.invalidTimeWindow, "'\(path.display)': \(problem.message)", at: range)
                return nil
            }
        }
        return windows.sorted()
    }
}
