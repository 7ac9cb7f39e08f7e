import LeadpactDiagnostics

/// Builds our `YAMLNode` tree from libyaml's event stream: resolves aliases within the
/// loading limits, reports duplicate and non-scalar keys, and rejects a second document.
///
/// Problems that leave a usable tree (a duplicate key, a non-scalar key, a merge key, a
/// second document) are collected in `diagnostics`; problems that do not (a syntax error,
/// an unknown alias, a limit exceeded) stop composition by throwing.
struct YAMLComposer {
    /// A composed node with what its aliases need to know about it.
    struct Composed {
        /// The node itself.
        var node: YAMLNode
        /// How many nodes it stands for, aliases expanded.
        var weight: Int
        /// How many levels of mappings and sequences it holds (0 for a scalar).
        var height: Int
    }

    let events: YAMLEventStream
    let path: String
    let limits: YAMLLoadingLimits
    var anchors: [String: Composed] = [:]
    /// The nodes composed so far, each alias counted as the nodes it repeats.
    var expandedNodes = 0
    /// Whether an alias has been expanded yet (LP103 then blames aliases).
    var expandsAliases = false
    /// Recoverable problems found so far.
    private(set) var diagnostics: [Diagnostic] = []

    /// Prepares to compose the events of `events`, which come from file `path`.
    init(events: YAMLEventStream, path: String, limits: YAMLLoadingLimits) {
        self.events = events
        self.path = path
        self.limits = limits
    }

    /// Reads the whole stream and returns the single document's root, or `nil` when the
    /// stream holds no document.
    mutating func composeStream() throws(YAMLLoadingFailure) -> YAMLNode? {
        var event = try events.next()
        if case .streamStart = event.kind { event = try events.next() }
        guard case .documentStart = event.kind else { return nil }
        let root = try compose(try events.next(), depth: 1).node
        event = try events.next()
        if case .documentEnd = event.kind { event = try events.next() }
        if case .documentStart = event.kind {
            diagnostics.append(YAMLLoadingDiagnostics.multipleDocuments(at: event.range, file: path))
        }
        return root
    }

    /// Composes the node that `event` starts; `depth` is the nesting level a collection
    /// starting here would have (the root's is 1).
    private mutating func compose(_ event: YAMLEvent, depth: Int) throws(YAMLLoadingFailure) -> Composed {
        switch event.kind {
        case .alias(let name):
            return try resolveAlias(name, at: event.range, depth: depth)
        case .scalar(let text, let style):
            try count(1, at: event.range)
            let node = YAMLNode(content: .scalar(text, style), range: event.range, tag: event.tag)
            return remember(Composed(node: node, weight: 1, height: 0), as: event.anchor)
        case .sequenceStart(let flow):
            try enter(depth, at: event.range)
            let before = expandedNodes
            try count(1, at: event.range)
            let composed = try composeSequence(from: event, flow: flow, depth: depth)
            return remember(Composed(node: composed.node, weight: expandedNodes - before, height: composed.height),
                            as: event.anchor)
        case .mappingStart(let flow):
            try enter(depth, at: event.range)
            let before = expandedNodes
            try count(1, at: event.range)
            let composed = try composeMapping(from: event, flow: flow, depth: depth)
            return remember(Composed(node: composed.node, weight: expandedNodes - before, height: composed.height),
                            as: event.anchor)
        case .streamStart, .streamEnd, .documentStart, .documentEnd, .sequenceEnd, .mappingEnd:
            // libyaml only emits a node event where a node is expected; anything else means
            // the stream is not the one its grammar promises.
            throw YAMLLoadingFailure(diagnostic: YAMLLoadingDiagnostics.syntaxError(
                "expected a YAML node", at: event.range, context: nil, contextRange: nil, file: path))
        }
    }

    private mutating func composeSequence(
        from start: YAMLEvent, flow: Bool, depth: Int
    ) throws(YAMLLoadingFailure) -> (node: YAMLNode, height: Int) {
        var items: [YAMLNode] = []
        var height = 1
        var event = try events.next()
        while true {
            if case .sequenceEnd = event.kind { break }
            let item = try compose(event, depth: depth + 1)
            items.append(item.node)
            height = max(height, item.height + 1)
            event = try events.next()
        }
        let end = flow ? event.range.end : (items.last?.range.end ?? event.range.end)
        let range = SourceRange(start: start.range.start, end: end)
        return (YAMLNode(content: .sequence(items), range: range, tag: start.tag), height)
    }

    private mutating func composeMapping(
        from start: YAMLEvent, flow: Bool, depth: Int
    ) throws(YAMLLoadingFailure) -> (node: YAMLNode, height: Int) {
        var pairs: [YAMLPair] = []
        var firstKeys: [String: SourceRange] = [:]
        var height = 1
        var lastEnd: SourceLocation?
        var event = try events.next()
        while true {
            if case .mappingEnd = event.kind { break }
            let key = try compose(event, depth: depth + 1)
            let value = try compose(try events.next(), depth: depth + 1)
            height = max(height, key.height + 1, value.height + 1)
            lastEnd = max(value.node.range.end, key.node.range.end)
            if let pair = admit(key: key.node, value: value.node, firstKeys: &firstKeys) {
                pairs.append(pair)
            }
            event = try events.next()
        }
        let end = flow ? event.range.end : (lastEnd ?? event.range.end)
        let range = SourceRange(start: start.range.start, end: end)
        return (YAMLNode(content: .mapping(pairs), range: range, tag: start.tag), height)
    }

    /// The pair to keep, or `nil` (with a diagnostic) when its key is not a plain,
    /// first-seen scalar.
    private mutating func admit(
        key: YAMLNode, value: YAMLNode, firstKeys: inout [String: SourceRange]
    ) -> YAMLPair? {
        guard case .scalar(let text, let style) = key.content else {
            diagnostics.append(YAMLLoadingDiagnostics.nonScalarKey(kind: key.kindDescription, at: key.range, file: path))
            return nil
        }
        if text == "<<", style == .plain, key.tag == nil {
            diagnostics.append(YAMLLoadingDiagnostics.mergeKeyUnsupported(at: key.range, file: path))
            return nil
        }
        if let first = firstKeys[text] {
            diagnostics.append(YAMLLoadingDiagnostics.duplicateKey(text, at: key.range, first: first, file: path))
            return nil
        }
        firstKeys[text] = key.range
        return YAMLPair(key: key, value: value)
    }
}
