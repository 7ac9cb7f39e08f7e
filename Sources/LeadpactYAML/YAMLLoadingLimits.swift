/// Hard bounds the loader enforces so that no input, however hostile, can make it hang or
/// exhaust memory.
public struct YAMLLoadingLimits: Hashable, Sendable {
    /// The most nodes a document may stand for once every alias is expanded (`LP103`).
    public var maximumExpandedNodes: Int
    /// The deepest nesting of mappings and sequences allowed, aliases included (`LP108`).
    public var maximumDepth: Int

    /// Creates limits.
    public init(maximumExpandedNodes: Int, maximumDepth: Int) {
        self.maximumExpandedNodes = maximumExpandedNodes
        self.maximumDepth = maximumDepth
    }

    /// The limits every contract is loaded with: 100 000 nodes, 256 levels.
    public static let standard = YAMLLoadingLimits(maximumExpandedNodes: 100_000, maximumDepth: 256)
}
