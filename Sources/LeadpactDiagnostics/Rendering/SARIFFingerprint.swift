/// The `partialFingerprints` of SARIF results: a value that stays the same while the finding
/// does, so code-scanning dashboards match a result with the one of an earlier run even after
/// lines were added above it.
///
/// It hashes the code, the file, and the text of the finding's first line with its blank space
/// collapsed, plus the text of the range on that line; without the source (a file that cannot
/// be read) the message stands in for the line. Line and column numbers take no part. Results
/// that hash alike in one run are told apart by their order (`:1`, `:2`, …), as GitHub does.
struct SARIFFingerprint {
    /// The key under `partialFingerprints`.
    static let key = "leadpactLineHash/v1"

    private var occurrences: [String: Int] = [:]

    /// The fingerprint of the next result, `HASH:N`.
    mutating func next(for diagnostic: Diagnostic, source: SourceFile?) -> String {
        let hash = Self.hash(Self.parts(of: diagnostic, source: source))
        let occurrence = occurrences[hash, default: 0] + 1
        occurrences[hash] = occurrence
        return "\(hash):\(occurrence)"
    }

    private static func parts(of diagnostic: Diagnostic, source: SourceFile?) -> [String] {
        let start = diagnostic.location
        guard let line = source?.line(start.line) else { return [diagnostic.code, diagnostic.file, diagnostic.message] }
        let scalars = Array(line.unicodeScalars)
        let from = min(max(start.column - 1, 0), scalars.count)
        let end = diagnostic.range.map { $0.end.line == start.line ? $0.end.column - 1 : scalars.count } ?? from
        let to = min(max(end, from), scalars.count)
        var flagged = String.UnicodeScalarView()
        flagged.append(contentsOf: scalars[from..<to])
        return [diagnostic.code, diagnostic.file, collapsed(line), String(flagged)]
    }

    /// The text with runs of blank space made one space, and none at either end.
    private static func collapsed(_ text: Substring) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// FNV-1a (64 bits) over the parts' UTF-8, each ended by a zero byte, in 16 hex digits.
    private static func hash(_ parts: [String]) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 + [0] {
                value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
