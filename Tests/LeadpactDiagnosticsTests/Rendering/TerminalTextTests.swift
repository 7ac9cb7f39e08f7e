import LeadpactDiagnostics
import Testing

@Suite struct TerminalTextTests {
    @Test(arguments: [
        ("\u{1B}]0;owned\u{07}", "\\u{1B}]0;owned\\u{7}"),
        ("a\u{1B}[2Jb", "a\\u{1B}[2Jb"),
        ("line\nbreak\ttab\r", "line\\u{A}break\\u{9}tab\\u{D}"),
        ("del\u{7F}", "del\\u{7F}"),
        ("csi\u{9B}31m", "csi\\u{9B}31m"),
        ("\u{202E}txt.exe", "\\u{202E}txt.exe"),
        ("\u{2066}isolate\u{2069}", "\\u{2066}isolate\\u{2069}"),
        ("sep\u{2028}\u{FEFF}", "sep\\u{2028}\\u{FEFF}"),
    ])
    func escapesWhatATerminalWouldActOn(raw: String, shown: String) {
        #expect(TerminalText.escaped(raw) == shown)
    }

    @Test func keepsOrdinaryTextOfEveryScript() {
        let text = "Acme — Marketing ⇄ Sales, Zoë, 東京, عربى, 👍 \\u{1B} as typed"
        #expect(TerminalText.escaped(text) == text)
    }

    @Test func widthCountsTheEscape() {
        #expect(TerminalText.shownWidth(of: "a") == 1)
        #expect(TerminalText.shownWidth(of: "\u{1B}") == 6)
        #expect(TerminalText.shownWidth(of: "\u{9B}") == 6)
        #expect(TerminalText.shownWidth(of: "\u{0}") == 5)
    }

    @Test func aHugeTextIsCutInTheMiddle() {
        let huge = "unknown key '" + String(repeating: "Z", count: 1_000_000) + "\u{1B}' here"
        let shown = TerminalText.shortened(huge)
        #expect(shown.hasPrefix("unknown key 'ZZZ"))
        #expect(shown.hasSuffix("ZZ\\u{1B}' here"))
        #expect(shown.contains("…[999020 characters left out]…"))
        #expect(shown.unicodeScalars.count < 1_100)
        #expect(TerminalText.shortened("short\u{7}") == "short\\u{7}")
        let exact = String(repeating: "a", count: TerminalText.longestText)
        #expect(TerminalText.shortened(exact) == exact)
    }
}
