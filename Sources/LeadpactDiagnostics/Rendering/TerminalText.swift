/// Makes text that came from an input safe to show on a terminal, by writing the characters
/// that would act on the terminal as visible Swift-style escapes (`ESC` becomes `\u{1B}`).
///
/// Escaped, because a terminal acts on them or a reader cannot see them:
/// - the C0 controls U+0000–U+001F (line breaks and tabs too: a value is shown on one line),
///   DEL U+007F and the C1 controls U+0080–U+009F (an `ESC [` or `CSI` sequence can move the
///   cursor, clear the screen or set the window title);
/// - the line and paragraph separators U+2028 and U+2029, and U+FEFF (a byte-order mark,
///   invisible where it stands);
/// - the bidirectional embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069,
///   which reorder the text around them so that what is read is not what is stored.
///
/// Everything else, other scripts and emoji included, is kept. A backslash is not escaped, so
/// a value that itself contains the text `\u{1B}` reads the same as an escaped one: the
/// human-readable outputs are for reading, the machine formats (JSON, CSV, SARIF) keep the
/// exact value.
public enum TerminalText {
    /// `text` with every character a terminal would act on written as `\u{…}`.
    public static func escaped(_ text: some StringProtocol) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return String(text) }
        var result = ""
        for scalar in text.unicodeScalars { append(scalar, to: &result) }
        return result
    }

    /// The most Unicode scalars of one message, note or fix that `shortened` shows whole.
    public static let longestText = 1_000

    /// `text` escaped, and when it is longer than `limit` scalars (a message quoting a huge
    /// value from an input) cut in the middle: its first two thirds of `limit` and its last
    /// third are kept around `…[N characters left out]…`.
    public static func shortened(_ text: some StringProtocol, limit: Int = longestText) -> String {
        let scalars = Substring(text).unicodeScalars
        guard let cut = scalars.index(scalars.startIndex, offsetBy: limit, limitedBy: scalars.endIndex),
              cut < scalars.endIndex else { return escaped(text) }
        let headEnd = scalars.index(scalars.startIndex, offsetBy: limit * 2 / 3)
        let tailCount = limit - limit * 2 / 3
        var tailStart = scalars.endIndex
        for _ in 0..<tailCount { tailStart = scalars.index(before: tailStart) }
        let leftOut = scalars[headEnd..<tailStart].count
        return escaped(String(scalars[..<headEnd])) + "…[\(leftOut) characters left out]…"
            + escaped(String(scalars[tailStart...]))
    }

    /// Appends `scalar`, escaped when it needs to be, to `text`.
    public static func append(_ scalar: Unicode.Scalar, to text: inout String) {
        if needsEscape(scalar) {
            text += escape(of: scalar)
        } else {
            text.unicodeScalars.append(scalar)
        }
    }

    /// How many columns `scalar` takes once escaped (1 when it is kept).
    public static func shownWidth(of scalar: Unicode.Scalar) -> Int {
        needsEscape(scalar) ? escape(of: scalar).unicodeScalars.count : 1
    }

    /// Whether `scalar` is shown as an escape.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    private static func escape(of scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }
}
