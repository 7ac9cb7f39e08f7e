/// One problem with an input line.
public struct InputIssue: Hashable, Sendable {
    /// The event file, as given on the command line.
    public var file: String
    /// The 1-based line number in that file (the data row's line for CSV).
    public var line: Int
    /// What is wrong and, where it helps, what to do.
    public var message: String
    /// Whether the line was rejected (a bad line) rather than read with a warning
    /// (a duplicate handoff, a lead without a calendar).
    public var isBadLine: Bool

    /// Creates an issue.
    public init(file: String, line: Int, message: String, isBadLine: Bool) {
        self.file = file
        self.line = line
        self.message = message
        self.isBadLine = isBadLine
    }

    /// File order (as given), then line.
    public static func inputOrder(_ a: InputIssue, _ b: InputIssue, files: [String]) -> Bool {
        let fa = files.firstIndex(of: a.file) ?? Int.max, fb = files.firstIndex(of: b.file) ?? Int.max
        if fa != fb { return fa < fb }
        if a.line != b.line { return a.line < b.line }
        return a.message < b.message
    }
}

/// What the audit read: every line of every event file, whatever its date.
public struct InputSummary: Hashable, Sendable {
    /// Lines read (blank lines and CSV header rows not counted).
    public var lines: Int
    /// Lines rejected.
    public var badLines: Int
    /// Every rejected line and every other input problem, in file and line order.
    public var issues: [InputIssue]

    /// Creates a summary.
    public init(lines: Int, badLines: Int, issues: [InputIssue]) {
        self.lines = lines
        self.badLines = badLines
        self.issues = issues
    }
}
