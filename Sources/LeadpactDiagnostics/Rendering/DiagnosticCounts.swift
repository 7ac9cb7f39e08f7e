/// How many errors and warnings a set of diagnostics holds.
struct DiagnosticCounts: Equatable {
    /// The number of errors.
    var errors: Int
    /// The number of warnings.
    var warnings: Int

    /// Counts `diagnostics`.
    init(_ diagnostics: [Diagnostic]) {
        errors = diagnostics.count { $0.severity == .error }
        warnings = diagnostics.count { $0.severity == .warning }
    }

    /// `2 errors, 1 warning generated.`, or `nil` when there are neither.
    var summary: String? {
        var parts: [String] = []
        if errors > 0 { parts.append(errors == 1 ? "1 error" : "\(errors) errors") }
        if warnings > 0 { parts.append(warnings == 1 ? "1 warning" : "\(warnings) warnings") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ") + " generated."
    }
}
