import CLibYAML
import LeadpactDiagnostics

/// Pulls events from libyaml's parser (`yaml_parser_parse`) over a private copy of the
/// input, and frees every libyaml resource it holds when it goes away.
final class YAMLEventStream {
    let input: UnsafeMutableBufferPointer<UInt8>
    let parser: UnsafeMutablePointer<yaml_parser_t>
    private let initialized: Bool
    let path: String

    /// Prepares to parse `bytes` (UTF-8, without a byte-order mark) from file `path`.
    init(bytes: UnsafeBufferPointer<UInt8>, path: String) {
        self.path = path
        input = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = input.initialize(from: bytes)
        parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        initialized = yaml_parser_initialize(parser) != 0
        if initialized {
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            if let base = input.baseAddress {
                yaml_parser_set_input_string(parser, base, bytes.count)
            }
        }
    }

    deinit {
        if initialized { yaml_parser_delete(parser) }
        parser.deallocate()
        input.deallocate()
    }

    /// The next event, or a failure carrying libyaml's own problem and context.
    func next() throws(YAMLLoadingFailure) -> YAMLEvent {
        guard initialized else {
            throw YAMLLoadingFailure(diagnostic: YAMLLoadingDiagnostics.syntaxError(
                "out of memory while preparing the YAML parser", at: nil, context: nil, contextRange: nil, file: path))
        }
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) != 0 else {
            throw YAMLLoadingFailure(diagnostic: parserErrorDiagnostic())
        }
        defer { yaml_event_delete(&event) }
        return Self.convert(event)
    }

    private static func convert(_ event: yaml_event_t) -> YAMLEvent {
        let range = SourceRange(start: location(event.start_mark), end: location(event.end_mark))
        func make(_ kind: YAMLEvent.Kind, anchor: UnsafeMutablePointer<yaml_char_t>? = nil,
                  tag: UnsafeMutablePointer<yaml_char_t>? = nil) -> YAMLEvent {
            YAMLEvent(kind: kind, anchor: string(anchor), tag: shorthandTag(string(tag)), range: range)
        }
        switch event.type {
        case YAML_STREAM_START_EVENT:
            return make(.streamStart)
        case YAML_DOCUMENT_START_EVENT:
            return make(.documentStart)
        case YAML_DOCUMENT_END_EVENT:
            return make(.documentEnd)
        case YAML_ALIAS_EVENT:
            return make(.alias(string(event.data.alias.anchor) ?? ""))
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let value = scalar.value.map {
                String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self)
            } ?? ""
            return make(.scalar(value, style(scalar.style)), anchor: scalar.anchor, tag: scalar.tag)
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            return make(.sequenceStart(flow: start.style == YAML_FLOW_SEQUENCE_STYLE),
                        anchor: start.anchor, tag: start.tag)
        case YAML_SEQUENCE_END_EVENT:
            return make(.sequenceEnd)
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            return make(.mappingStart(flow: start.style == YAML_FLOW_MAPPING_STYLE),
                        anchor: start.anchor, tag: start.tag)
        case YAML_MAPPING_END_EVENT:
            return make(.mappingEnd)
        default:
            // libyaml hands out an empty event only after the stream has ended.
            return make(.streamEnd)
        }
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLNode.ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    /// `tag:yaml.org,2002:str` → `!!str`; other tags as libyaml resolved them.
    private static func shorthandTag(_ tag: String?) -> String? {
        let prefix = "tag:yaml.org,2002:"
        guard let tag, tag.hasPrefix(prefix) else { return tag }
        return "!!" + tag.dropFirst(prefix.count)
    }

    static func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(line: Int(clamping: mark.line) &+ 1, column: Int(clamping: mark.column) &+ 1)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }
}
