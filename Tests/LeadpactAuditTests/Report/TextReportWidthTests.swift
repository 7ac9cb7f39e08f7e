@testable import LeadpactAudit
import Testing

/// The terminal report fitted to a width: no line wider, nothing lost, and unchanged without one.
@Suite struct TextReportWidthTests {
    /// The words of `text`, whatever the line breaks.
    private func words(_ text: String) -> [Substring] {
        text.split { $0 == " " || $0 == "\n" }
    }

    @Test(arguments: [80, 60, 100])
    func noLineIsWiderThanTheWidth(width: Int) throws {
        let (result, context) = try GoldenReportTests.audit()
        for colored in [false, true] {
            let text = TextReportRenderer(colored: colored, context: context, width: width).render(result)
            for line in text.split(separator: "\n") where TextWrapping.width(of: line) > width {
                let words = line.split(separator: " ")
                let indent = line.prefix { $0 == " " }.count
                // Only a word that cannot fit even alone on a continuation line may overflow.
                #expect(words.count == 1 && indent + words[0].count > width, "\(width) columns: \(line)")
            }
        }
    }

    @Test func fittingKeepsEveryWordInOrder() throws {
        let (result, context) = try GoldenReportTests.audit()
        let fitted = TextReportRenderer(colored: false, context: context, width: 80).render(result)
        let open = TextReportRenderer(colored: false, context: context).render(result)
        #expect(words(fitted) == words(open))
        #expect(fitted.hasSuffix("\n") && open.hasSuffix("\n"))
    }

    @Test func theEvidenceOfAnOpenObligationGoesUnderItsRowWhenNotBeside() throws {
        let (result, context) = try GoldenReportTests.audit()
        let narrow = TextReportRenderer(colored: false, context: context, width: 80).render(result)
        let wide = TextReportRenderer(colored: false, context: context, width: 300).render(result)
        for item in result.open {
            #expect(narrow.contains("left)\n    \(item.detail)\n"), "\(item.detail)")
            #expect(wide.contains("left)  \(item.detail)\n"), "\(item.detail)")
        }
    }

    @Test func aLineIsBrokenAtAFieldGapBeforeASpaceInsideAField() {
        let wrapping = TextWrapping(width: 30)
        #expect(wrapping.fit("  alpha beta  gamma delta epsilon zeta\n") == "  alpha beta\n      gamma delta epsilon zeta\n")
        #expect(wrapping.fit("  al be  gamma delta epsilon zeta\n") == "  al be  gamma delta epsilon\n      zeta\n")
        #expect(wrapping.fit("  one two  three-four-five-six-seven\n") == "  one two\n      three-four-five-six-seven\n")
        #expect(wrapping.fit("  " + String(repeating: "x", count: 40) + " y") == "  " + String(repeating: "x", count: 40) + "\n      y")
        #expect(wrapping.fit("short\n\nlines\n") == "short\n\nlines\n")
    }

    @Test func aVeryLongLineIsBrokenInOnePass() {
        let line = "  " + Array(repeating: "word", count: 200_000).joined(separator: " ")
        let lines = TextWrapping(width: 80).fit(line).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(lines.reduce(0) { $0 + $1.split(separator: " ").count } == 200_000)
    }

    @Test func colourCodesTakeNoColumns() {
        let red = "\u{1B}[31m" + String(repeating: "r", count: 20) + "\u{1B}[0m"
        #expect(TextWrapping.width(of: Substring(red)) == 20)
        #expect(TextWrapping(width: 25).fit("  " + red + " x") == "  " + red + " x")
    }
}
