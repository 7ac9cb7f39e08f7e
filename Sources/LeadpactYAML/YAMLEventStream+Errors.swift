import CLibYAML
import LeadpactDiagnostics

extension YAMLEventStream {
    /// Turns libyaml's error state into an `LP101` diagnostic: the problem at its mark,
    /// the context (e.g. "while parsing a block mapping") as a note at the context mark.
    func parserErrorDiagnostic() -> Diagnostic {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "the YAML parser failed"
        let context = state.context.map { String(cString: $0) }
        switch state.error {
        case YAML_MEMORY_ERROR:
            return YAMLLoadingDiagnostics.syntaxError(
                "out of memory while parsing YAML", at: nil, context: nil, contextRange: nil, file: path)
        case YAML_READER_ERROR:
            let bytes = UnsafeBufferPointer(input)
            let offset = Int(clamping: state.problem_offset)
            let start = ByteLocator.location(ofOffset: min(offset, bytes.count), in: bytes)
            var message = problem
            if state.problem_value >= 0 {
                let hex = String(state.problem_value, radix: 16, uppercase: true)
                message += " (U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex))"
            }
            return YAMLLoadingDiagnostics.syntaxError(
                message, at: SourceRange(start: start, length: 1), context: nil, contextRange: nil, file: path)
        default:
            let start = Self.location(state.problem_mark)
            let contextStart = Self.location(state.context_mark)
            return YAMLLoadingDiagnostics.syntaxError(
                problem,
                at: SourceRange(start: start, length: 1),
                context: context,
                contextRange: context == nil ? nil : SourceRange(start: contextStart, length: 1),
                file: path
            )
        }
    }
}
