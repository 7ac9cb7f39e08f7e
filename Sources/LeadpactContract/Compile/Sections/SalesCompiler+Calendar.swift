import LeadpactCalendar
import LeadpactDiagnostics
import LeadpactYAML

extension SalesCompiler {
    /// `calendar: NAME`, or `calendar: { by: FIELD, VALUE: NAME, …, default: NAME }`.
    /// Names, the field and its values are resolved by the semantic checks.
    func calendar(_ node: YAMLNode, at path: ContractPath, into draft: inout ContractDraft) -> CalendarSelection? {
        if node.mapping == nil {
            guard let name = reader.nonEmptyText(node, at: path) else { return nil }
            draft.calendarReferences.append(NameOccurrence(name: name, range: node.range))
            return .single(name)
        }
        guard let pairs = node.mapping else { return nil }
        var field: String?
        var fallback: String?
        var calendars: [String: String] = [:]
        var failed = false
        for pair in pairs {
            guard let key = pair.key.scalar else { continue }
            let entryPath = path.appending(key)
            context.sourceMap.recordKey(pair.key.range, at: entryPath)
            context.sourceMap.recordValue(pair.value.range, at: entryPath)
            guard let value = reader.nonEmptyText(pair.value, at: entryPath) else {
                failed = true
                continue
            }
            switch key {
            case "by":
                field = value
            case "default":
                fallback = value
                draft.calendarReferences.append(NameOccurrence(name: value, range: pair.value.range))
            default:
                calendars[key] = value
                draft.calendarReferences.append(NameOccurrence(name: value, range: pair.value.range))
            }
        }
        guard let field else {
            context.report(
                .missingKey, "missing required key 'by' in '\(path.display)'",
                at: context.sourceMap.key(at: path) ?? node.range,
                notes: [DiagnosticNote("a calendar mapping chooses by a field: { by: region, na: na, emea: emea, default: na }")],
                fixIts: [FixIt("add 'by: FIELD' naming the enum field that picks the calendar")]
            )
            return nil
        }
        return failed ? nil : .byField(field: field, calendars: calendars, fallback: fallback)
    }
}
