import LeadpactDiagnostics

/// One libyaml parsing event, copied out of C memory into Swift values.
struct YAMLEvent {
    /// What kind of event it is, with its payload.
    enum Kind {
        case streamStart
        case streamEnd
        case documentStart
        case documentEnd
        case alias(String)
        case scalar(String, YAMLNode.ScalarStyle)
        case sequenceStart(flow: Bool)
        case sequenceEnd
        case mappingStart(flow: Bool)
        case mappingEnd
    }

    /// The event's kind and payload.
    var kind: Kind
    /// The anchor written on the node (`&name`), without the `&`.
    var anchor: String?
    /// The explicit tag written on the node, in shorthand form (`!!str`, `!local`).
    var tag: String?
    /// The source range the event covers.
    var range: SourceRange
}
