/// Collects the diagnostics of one run so that work can go on after a recoverable problem.
public struct DiagnosticBag: Sendable {
    /// Everything collected so far, in the order it was reported.
    public private(set) var all: [Diagnostic] = []

    /// Creates an empty bag.
    public init() {}

    /// Adds one diagnostic.
    public mutating func report(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    /// Adds several diagnostics.
    public mutating func report(contentsOf diagnostics: some Sequence<Diagnostic>) {
        all.append(contentsOf: diagnostics)
    }

    /// Whether any error has been reported.
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// The number of errors reported.
    public var errorCount: Int { all.count { $0.severity == .error } }

    /// The number of warnings reported.
    public var warningCount: Int { all.count { $0.severity == .warning } }

    /// The diagnostics sorted by file, position, then code: the order every renderer prints.
    public var sorted: [Diagnostic] { Self.sorted(all) }

    /// `diagnostics` sorted by file, position, then code; ties keep their reported order.
    public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.file != y.file { return x.file < y.file }
            if x.location != y.location { return x.location < y.location }
            if x.code != y.code { return x.code < y.code }
            return a.offset < b.offset
        }.map(\.element)
    }
}
