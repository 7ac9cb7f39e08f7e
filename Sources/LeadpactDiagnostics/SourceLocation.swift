/// A position in a source file: 1-based line and column, columns counted in Unicode scalars
/// (as libyaml counts them).
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// 1-based line number.
    public var line: Int
    /// 1-based column, in Unicode scalars.
    public var column: Int

    /// Creates a location at `line`:`column`.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The same line, `count` scalars further right.
    public func advanced(byColumns count: Int) -> SourceLocation {
        SourceLocation(line: line, column: column + count)
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A half-open span `[start, end)` of a source file.
public struct SourceRange: Hashable, Sendable {
    /// The first position covered.
    public var start: SourceLocation
    /// The position just past the last one covered.
    public var end: SourceLocation

    /// Creates a range from `start` to `end`.
    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// A range of `length` scalars on one line, starting at `start`.
    public init(start: SourceLocation, length: Int) {
        self.start = start
        self.end = start.advanced(byColumns: max(length, 0))
    }
}
