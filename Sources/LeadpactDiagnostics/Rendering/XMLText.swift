/// Escapes text for XML 1.0 documents.
enum XMLText {
    /// `text` as character data: `&`, `<` and `>` escaped, characters XML 1.0 cannot hold
    /// (control characters other than tab and line breaks, U+FFFE, U+FFFF) shown as `�`.
    static func content(_ text: String) -> String {
        escaped(text, attribute: false)
    }

    /// `text` as an attribute value in double quotes: what `content` escapes, plus `"`, and
    /// tab and line breaks as character references so they survive attribute normalization.
    static func attribute(_ text: String) -> String {
        escaped(text, attribute: true)
    }

    private static func escaped(_ text: String, attribute: Bool) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where attribute: result += "&quot;"
            case "\t" where attribute: result += "&#9;"
            case "\n" where attribute: result += "&#10;"
            case "\r": result += "&#13;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            default:
                let allowed = scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF
                result.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
            }
        }
        return result
    }
}
