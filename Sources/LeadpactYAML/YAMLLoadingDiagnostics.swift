import LeadpactDiagnostics

/// The catalogue of loading diagnostics (`LP1xx`). Every code is stable and documented in
/// docs/diagnostics.md under "Loading (LP1xx)".
enum YAMLLoadingDiagnostics {
    /// LP101: libyaml could not read the text as YAML.
    static func syntaxError(
        _ problem: String, at range: SourceRange?, context: String?, contextRange: SourceRange?, file: String
    ) -> Diagnostic {
        var notes: [DiagnosticNote] = []
        if let context, !context.isEmpty {
            notes.append(DiagnosticNote(context, range: contextRange))
        }
        return Diagnostic(code: "LP101", severity: .error, message: problem, file: file, range: range, notes: notes)
    }

    /// LP102: a mapping repeats a key; the repeated entry is dropped.
    static func duplicateKey(_ key: String, at range: SourceRange, first: SourceRange, file: String) -> Diagnostic {
        Diagnostic(
            code: "LP102", severity: .error,
            message: "duplicate key '\(key)'; a key may appear only once in a mapping",
            file: file, range: range,
            notes: [DiagnosticNote("'\(key)' first appears here", range: first)],
            fixIts: [FixIt("remove this entry or merge it into the first '\(key)'")]
        )
    }

    /// LP103: the document stands for more nodes than the limit, counting each alias as the
    /// nodes it repeats; the message blames aliases only when the document has expanded one.
    static func expansionLimit(_ limit: Int, throughAliases: Bool, at range: SourceRange, file: String) -> Diagnostic {
        guard throughAliases else {
            return Diagnostic(
                code: "LP103", severity: .error,
                message: "this document holds more than \(limit) nodes; loading stopped",
                file: file, range: range,
                fixIts: [FixIt("a contract needs far fewer; check that this is the contract file you meant")]
            )
        }
        return Diagnostic(
            code: "LP103", severity: .error,
            message: "aliases expand this document past \(limit) nodes; loading stopped",
            file: file, range: range,
            fixIts: [FixIt("write the values out instead of nesting aliases inside anchors")]
        )
    }

    /// LP104: a second document follows the first.
    static func multipleDocuments(at range: SourceRange, file: String) -> Diagnostic {
        Diagnostic(
            code: "LP104", severity: .error,
            message: "a contract file holds exactly one YAML document, but a second one starts here",
            file: file, range: range,
            fixIts: [FixIt("move the second document into its own file, or remove the '---' line")]
        )
    }

    /// LP105: the file is not UTF-8.
    static func notUTF8(byte: UInt8, at location: SourceLocation, file: String) -> Diagnostic {
        let hex = String(byte, radix: 16, uppercase: true)
        return Diagnostic(
            code: "LP105", severity: .error,
            message: "the file is not valid UTF-8: byte 0x\(hex.count == 1 ? "0" + hex : hex) cannot appear here",
            file: file, range: SourceRange(start: location, length: 1),
            fixIts: [FixIt("save the file as UTF-8")]
        )
    }

    /// LP106: the file holds no content.
    static func emptyContract(at range: SourceRange, file: String) -> Diagnostic {
        Diagnostic(
            code: "LP106", severity: .error,
            message: "empty contract: the file holds no YAML content",
            file: file, range: range,
            fixIts: [FixIt("start the file with 'leadpact: 1' and a 'contract:' section")]
        )
    }

    /// LP107: an alias names no anchor defined before it.
    static func unknownAlias(_ name: String, at range: SourceRange, known: [String], file: String) -> Diagnostic {
        var fixIts: [FixIt] = []
        if let guess = Suggestion.closest(to: name, in: known) {
            fixIts.append(FixIt("did you mean '*\(guess)'?", range: range, replacement: "*\(guess)"))
        } else {
            fixIts.append(FixIt("define '&\(name)' on a node before this alias"))
        }
        return Diagnostic(
            code: "LP107", severity: .error,
            message: "unknown alias '*\(name)': no anchor '&\(name)' is defined before it",
            file: file, range: range, fixIts: fixIts
        )
    }

    /// LP108: mappings and sequences nest deeper than the limit.
    static func nestingTooDeep(_ limit: Int, at range: SourceRange, file: String) -> Diagnostic {
        Diagnostic(
            code: "LP108", severity: .error,
            message: "mappings and lists nest more than \(limit) levels deep here; loading stopped",
            file: file, range: range
        )
    }

    /// LP109: a mapping key is a mapping or a list.
    static func nonScalarKey(kind: String, at range: SourceRange, file: String) -> Diagnostic {
        Diagnostic(
            code: "LP109", severity: .error,
            message: "a mapping key must be a scalar, but this key is \(kind); the entry is ignored",
            file: file, range: range
        )
    }

    /// LP110: a merge key `<<` is used.
    static func mergeKeyUnsupported(at range: SourceRange, file: String) -> Diagnostic {
        Diagnostic(
            code: "LP110", severity: .error,
            message: "merge keys ('<<') are not supported in contracts; the entry is ignored",
            file: file, range: range,
            fixIts: [FixIt("write the merged keys out in this mapping")]
        )
    }
}
