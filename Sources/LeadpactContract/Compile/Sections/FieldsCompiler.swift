import LeadpactCalendar
import LeadpactDiagnostics
import LeadpactExpressions
import LeadpactYAML

/// Compiles `fields` (lead attributes and their types) and `activities` (the kinds of
/// behaviour logged): together they are what expressions may name.
struct FieldsCompiler {
    let context: CompilationContext
    private var reader: NodeReader { NodeReader(context: context) }

    private static let typeNames = ["int", "number", "string", "bool"]
    private static let typeAliases = [
        "integer": "int", "float": "number", "double": "number", "decimal": "number",
        "text": "string", "str": "string", "boolean": "bool",
    ]

    /// Reads `fields:` into `draft.fields`.
    func compileFields(_ node: YAMLNode, into draft: inout ContractDraft) {
        let path: ContractPath = ["fields"]
        guard let pairs = node.mapping else {
            reader.reportWrongKind(node, expected: "a mapping of field names to types", at: path)
            return
        }
        for pair in pairs {
            guard let name = pair.key.scalar else { continue }
            let fieldPath = path.appending(name)
            context.sourceMap.recordKey(pair.key.range, at: fieldPath)
            context.sourceMap.recordValue(pair.value.range, at: fieldPath)
            guard NameRules.check(name, kind: .field, range: pair.key.range, context: context),
                  let type = fieldType(pair.value, at: fieldPath, into: &draft)
            else { continue }
            draft.fields[name] = type
        }
    }

    private func fieldType(_ node: YAMLNode, at path: ContractPath, into draft: inout ContractDraft) -> FieldType? {
        if node.sequence != nil {
            guard let values = reader.nameList(node, at: path, kind: .enumValue) else { return nil }
            guard !values.isEmpty else {
                context.report(
                    .emptyValue, "the enum '\(path.display)' lists no values", at: node.range,
                    fixIts: [FixIt("list the values the field can take, e.g. [na, emea]")]
                )
                return nil
            }
            draft.distinctLists.append(DistinctList(
                noun: "enum value", path: path,
                entries: values.map { NameOccurrence(name: $0.text, range: $0.node.range) }
            ))
            return .enumeration(values.map(\.text))
        }
        guard case .scalar(let name, _) = node.content, !node.isNull else {
            reader.reportWrongKind(node, expected: "a type (int, number, string, bool) or a list of values", at: path)
            return nil
        }
        switch name {
        case "int": return .int
        case "number": return .number
        case "string": return .string
        case "bool": return .bool
        default:
            let guess = Self.typeAliases[name.lowercased()] ?? Suggestion.closest(to: name, in: Self.typeNames)
            context.report(
                .unknownFieldType,
                "unknown type '\(name)' for field '\(path.display)'" + (guess.map { "; did you mean '\($0)'?" } ?? ""),
                at: node.range,
                notes: [DiagnosticNote("a field is int, number, string, bool, or a list of values (an enum)")],
                fixIts: guess.map { [FixIt("replace '\(name)' with '\($0)'", range: node.range, replacement: $0)] } ?? []
            )
            return nil
        }
    }

    /// Reads `activities:` into `draft.activities`.
    func compileActivities(_ node: YAMLNode, into draft: inout ContractDraft) {
        let path: ContractPath = ["activities"]
        guard let names = reader.nameList(node, at: path, kind: .activity) else { return }
        draft.activities = names.map(\.text)
        draft.distinctLists.append(DistinctList(
            noun: "activity", path: path, entries: names.map { NameOccurrence(name: $0.text, range: $0.node.range) }
        ))
    }
}
