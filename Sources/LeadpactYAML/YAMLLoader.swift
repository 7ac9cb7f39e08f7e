import LeadpactDiagnostics

/// Loads a contract file's bytes into a `YAMLNode` tree with source positions, reporting
/// every loading problem as an `LP1xx` diagnostic. Never traps, whatever the input.
public enum YAMLLoader {
    /// Loads `bytes`, the contents of the file at `path`, with the standard limits.
    public static func load(bytes: [UInt8], path: String) -> YAMLDocument {
        load(bytes: bytes, path: path, limits: .standard)
    }

    /// Loads `text`, the contents of the file at `path`, with the standard limits.
    public static func load(text: String, path: String) -> YAMLDocument {
        load(bytes: Array(text.utf8), path: path, limits: .standard)
    }

    /// Loads `bytes` with the given limits on alias expansion and nesting.
    public static func load(bytes: [UInt8], path: String, limits: YAMLLoadingLimits) -> YAMLDocument {
        let hasByteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasByteOrderMark ? Array(bytes.dropFirst(3)) : bytes
        return body.withUnsafeBufferPointer { buffer in
            let source = SourceFile(path: path, text: String(decoding: buffer, as: UTF8.self))
            if let offset = UTF8Validator.firstInvalidOffset(in: buffer) {
                let location = ByteLocator.location(ofOffset: offset, in: buffer)
                let diagnostic = YAMLLoadingDiagnostics.notUTF8(byte: buffer[offset], at: location, file: path)
                return YAMLDocument(root: nil, diagnostics: [diagnostic], source: source)
            }
            return compose(buffer, path: path, limits: limits, source: source)
        }
    }

    private static func compose(
        _ buffer: UnsafeBufferPointer<UInt8>, path: String, limits: YAMLLoadingLimits, source: SourceFile
    ) -> YAMLDocument {
        let events = YAMLEventStream(bytes: buffer, path: path)
        var composer = YAMLComposer(events: events, path: path, limits: limits)
        do {
            let root = try composer.composeStream()
            var diagnostics = composer.diagnostics
            guard let root, !root.isNull else {
                let range = root?.range ?? SourceRange(start: SourceLocation(line: 1, column: 1), length: 0)
                diagnostics.insert(YAMLLoadingDiagnostics.emptyContract(at: range, file: path), at: 0)
                return YAMLDocument(root: nil, diagnostics: diagnostics, source: source)
            }
            return YAMLDocument(root: root, diagnostics: diagnostics, source: source)
        } catch {
            return YAMLDocument(root: nil, diagnostics: composer.diagnostics + [error.diagnostic], source: source)
        }
    }
}
