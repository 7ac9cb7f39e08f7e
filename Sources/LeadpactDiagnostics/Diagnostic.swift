/// How serious a diagnostic is.
public enum Severity: String, Hashable, Sendable, Codable, Comparable {
    case error
    case warning
    case note

    private var rank: Int {
        switch self {
        case .error: 2
        case .warning: 1
        case .note: 0
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A secondary message attached to a diagnostic, optionally pointing somewhere else.
public struct DiagnosticNote: Hashable, Sendable {
    /// What the note says.
    public var message: String
    /// The file the note points into; `nil` means the diagnostic's own file.
    public var file: String?
    /// Where the note points, if anywhere.
    public var range: SourceRange?

    /// Creates a note.
    public init(_ message: String, file: String? = nil, range: SourceRange? = nil) {
        self.message = message
        self.file = file
        self.range = range
    }
}

/// A suggested edit that resolves a diagnostic.
public struct FixIt: Hashable, Sendable {
    /// A human description of the fix, e.g. "replace 'seniorty' with 'seniority'".
    public var message: String
    /// The text to replace, if the fix is a replacement.
    public var range: SourceRange?
    /// The replacement text for `range`.
    public var replacement: String?

    /// Creates a fix-it.
    public init(_ message: String, range: SourceRange? = nil, replacement: String? = nil) {
        self.message = message
        self.range = range
        self.replacement = replacement
    }
}

/// One finding about an input: a stable code, a severity, a message, where it is, and
/// optionally notes and fix-its.
public struct Diagnostic: Hashable, Sendable {
    /// Stable identifier, e.g. `LP201`. Listed in docs/diagnostics.md.
    public var code: String
    /// Error, warning or note.
    public var severity: Severity
    /// One-sentence description of the problem.
    public var message: String
    /// The path of the file the diagnostic is about, as given by the user.
    public var file: String
    /// Where in the file; `nil` for a problem with the file as a whole.
    public var range: SourceRange?
    /// Further context, possibly in other places.
    public var notes: [DiagnosticNote]
    /// Suggested fixes.
    public var fixIts: [FixIt]

    /// Creates a diagnostic.
    public init(
        code: String,
        severity: Severity,
        message: String,
        file: String,
        range: SourceRange? = nil,
        notes: [DiagnosticNote] = [],
        fixIts: [FixIt] = []
    ) {
        self.code = code
        self.severity = severity
        self.message = message
        self.file = file
        self.range = range
        self.notes = notes
        self.fixIts = fixIts
    }

    /// The start of the range, or 1:1 when the diagnostic is about the whole file.
    public var location: SourceLocation { range?.start ?? SourceLocation(line: 1, column: 1) }
}
