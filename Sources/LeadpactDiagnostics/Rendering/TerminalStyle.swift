/// ANSI styling that can be switched off, so the same code renders plain and coloured text.
struct TerminalStyle {
    /// The colours the text renderer uses.
    enum Color: String {
        case red = "31"
        case green = "32"
        case magenta = "35"
        case cyan = "36"
        case blue = "34"
    }

    /// Whether escape codes are emitted at all.
    var enabled: Bool

    /// `text` in bold `color`.
    func paint(_ text: String, _ color: Color) -> String {
        enabled ? "\u{1B}[1;\(color.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// `text` in bold.
    func bold(_ text: String) -> String {
        enabled ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }
}
