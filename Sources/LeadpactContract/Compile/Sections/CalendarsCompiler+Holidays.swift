import LeadpactCalendar
import LeadpactDiagnostics
import LeadpactYAML

extension CalendarsCompiler {
    /// `holidays:` — a list of dates (closed all day) and `date: windows` entries (short days,
    /// whose windows replace the weekday's).
    func holidays(
        _ node: YAMLNode, at path: ContractPath, into draft: inout ContractDraft
    ) -> [LocalDate: [TimeWindow]]? {
        let reader = NodeReader(context: context)
        guard let items = reader.list(node, at: path) else { return nil }
        var holidays: [LocalDate: [TimeWindow]] = [:]
        var occurrences: [NameOccurrence] = []
        var failed = false
        for (index, item) in items.enumerated() {
            let itemPath = path.appending(index: index)
            if let pairs = item.mapping {
                for pair in pairs {
                    guard let date = reader.date(pair.key, at: itemPath) else {
                        failed = true
                        continue
                    }
                    guard let windows = windows(pair.value, at: path.appending(date.description)) else {
                        failed = true
                        continue
                    }
                    context.sourceMap.recordValue(pair.key.range, at: path.appending(date.description))
                    occurrences.append(NameOccurrence(name: date.description, range: pair.key.range))
                    holidays[date] = holidays[date] ?? windows
                }
            } else if item.scalar != nil, !item.isNull {
                guard let date = reader.date(item, at: itemPath) else {
                    failed = true
                    continue
                }
                context.sourceMap.recordValue(item.range, at: path.appending(date.description))
                occurrences.append(NameOccurrence(name: date.description, range: item.range))
                holidays[date] = holidays[date] ?? []
            } else {
                reader.reportWrongKind(item, expected: "a date or 'date: windows'", at: itemPath)
                failed = true
            }
        }
        draft.distinctLists.append(DistinctList(noun: "holiday", path: path, entries: occurrences))
        return failed ? nil : holidays
    }
}
