public import LeadpactDiagnostics

/// One node of a YAML document, with the range it spans in the source.
///
/// Aliases are resolved by the loader: an alias node carries the anchored node's content
/// but its own range, so diagnostics point at the alias.
public struct YAMLNode: Hashable, Sendable {
    /// How a scalar was written.
    public enum ScalarStyle: Hashable, Sendable {
        case plain
        case singleQuoted
        case doubleQuoted
        case literal
        case folded
    }

    /// The node's content.
    public enum Content: Hashable, Sendable {
        /// A scalar's text, exactly as libyaml decoded it, and how it was written.
        case scalar(String, ScalarStyle)
        /// A mapping's entries, in source order (duplicate keys are already reported and dropped).
        case mapping([YAMLPair])
        /// A sequence's items, in source order.
        case sequence([YAMLNode])
    }

    /// The node's content.
    public var content: Content
    /// Where the node starts and ends in the source.
    public var range: SourceRange
    /// An explicit tag such as `!!str`, if one was written.
    public var tag: String?

    /// Creates a node.
    public init(content: Content, range: SourceRange, tag: String? = nil) {
        self.content = content
        self.range = range
        self.tag = tag
    }

    /// The scalar text, if this node is a scalar.
    public var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    /// The entries, if this node is a mapping.
    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The items, if this node is a sequence.
    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// A plain (unquoted) scalar that YAML would read as null: empty, `~`, `null`, `Null`, `NULL`.
    public var isNull: Bool {
        guard case .scalar(let text, .plain) = content, tag == nil else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// A word for the node's kind, for messages: "a mapping", "a list", "a scalar".
    public var kindDescription: String {
        switch content {
        case .scalar: isNull ? "null" : "a scalar"
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }
}

/// A key and its value in a YAML mapping.
public struct YAMLPair: Hashable, Sendable {
    /// The key node (a scalar in every well-formed contract).
    public var key: YAMLNode
    /// The value node.
    public var value: YAMLNode

    /// Creates a pair.
    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
