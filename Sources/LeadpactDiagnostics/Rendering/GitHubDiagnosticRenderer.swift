/// Renders diagnostics as GitHub Actions workflow commands, one line each, which GitHub turns
/// into annotations on the lines they name:
///
/// ```
/// ::error file=contract.yaml,line=4,col=3,endLine=4,endColumn=5,title=LP102::duplicate key 'id'…
/// ```
///
/// Notes and fixes follow the message on lines of their own inside the annotation. Errors
/// become `::error`, warnings `::warning`, notes `::notice`. End positions are exclusive,
/// as in every leadpact format. The path, message, notes and fixes are shown through
/// `TerminalText` (the workflow log is shown like a terminal too); a message, note or fix
/// quoting a huge value is cut in the middle.
public struct GitHubDiagnosticRenderer: DiagnosticRenderer {
    /// Creates a GitHub renderer.
    public init() {}

    /// One workflow command per diagnostic, in file and position order.
    public func render(_ diagnostics: [Diagnostic], sources: [String: SourceFile]) -> String {
        DiagnosticBag.sorted(diagnostics).map { command(for: $0) + "\n" }.joined()
    }

    private func command(for diagnostic: Diagnostic) -> String {
        let name: String
        switch diagnostic.severity {
        case .error: name = "error"
        case .warning: name = "warning"
        case .note: name = "notice"
        }
        let start = diagnostic.location
        var properties = ["file=\(Self.escapeProperty(TerminalText.escaped(diagnostic.file)))", "line=\(start.line)", "col=\(start.column)"]
        if let end = diagnostic.range?.end {
            properties += ["endLine=\(end.line)", "endColumn=\(end.column)"]
        }
        properties.append("title=\(Self.escapeProperty(diagnostic.code))")
        var message = TerminalText.shortened(diagnostic.message)
        for note in diagnostic.notes {
            let place = note.range.map { "\(note.file ?? diagnostic.file):\($0.start): " } ?? ""
            message += "\nnote: " + TerminalText.shortened(place + note.message)
        }
        for fixIt in diagnostic.fixIts {
            message += "\nfix: " + TerminalText.shortened(fixIt.message)
        }
        return "::\(name) \(properties.joined(separator: ","))::\(Self.escapeData(message))"
    }

    /// Escapes a command's message: `%`, CR and LF.
    public static func escapeData(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": escaped += "%25"
            case "\r": escaped += "%0D"
            case "\n": escaped += "%0A"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Escapes a property value: what `escapeData` escapes, plus `:` and `,`.
    public static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingAll(":", with: "%3A").replacingAll(",", with: "%2C")
    }
}

extension String {
    /// This string with every `target` character replaced by `replacement`.
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
