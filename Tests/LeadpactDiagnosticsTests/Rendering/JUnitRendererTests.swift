import Foundation
import LeadpactDiagnostics
import Testing

/// `--format junit`: a test case per file checked, a failure per error.
@Suite struct JUnitRendererTests {
    private func diagnostic(_ severity: Severity, _ code: String, file: String, message: String = "m") -> Diagnostic {
        Diagnostic(code: code, severity: severity, message: message, file: file,
                   range: SourceRange(start: SourceLocation(line: 2, column: 3), length: 1))
    }

    @Test func everyInputIsATestCaseAndEveryErrorAFailure() {
        let output = JUnitDiagnosticRenderer(inputs: ["b.yaml", "a.yaml"]).render(
            [diagnostic(.error, "LP102", file: "a.yaml"), diagnostic(.error, "LP201", file: "a.yaml")], sources: [:])
        #expect(output.contains("<testsuite name=\"leadpact check\" tests=\"2\" failures=\"1\" errors=\"0\" skipped=\"0\">"))
        #expect(output.contains("<testcase name=\"b.yaml\" classname=\"leadpact check\" file=\"b.yaml\"/>"))
        #expect(output.components(separatedBy: "<failure ").count == 3)
        #expect(output.range(of: "name=\"b.yaml\"")!.lowerBound < output.range(of: "name=\"a.yaml\"")!.lowerBound)
    }

    @Test func warningsGoToTheOutputAndDoNotFail() {
        let output = JUnitDiagnosticRenderer(inputs: ["a.yaml"]).render([diagnostic(.warning, "LP311", file: "a.yaml")], sources: [:])
        #expect(output.contains("failures=\"0\""))
        #expect(!output.contains("<failure"))
        #expect(output.contains("<system-out>a.yaml:2:3: warning[LP311]: m</system-out>"))
    }

    @Test func aFileThatIsNotAnInputGetsItsOwnTestCase() {
        let output = JUnitDiagnosticRenderer(inputs: ["a.yaml"]).render([diagnostic(.error, "LP501", file: "a.signoff.yaml")], sources: [:])
        #expect(output.contains("tests=\"2\" failures=\"1\""))
        #expect(output.contains("<testcase name=\"a.signoff.yaml\""))
    }

    @Test func markupAndCharactersXMLCannotHoldAreEscaped() {
        let output = JUnitDiagnosticRenderer().render(
            [diagnostic(.error, "LP101", file: "x&\"y\".yaml", message: "<a> & \"b\"\u{1}\nline")], sources: [:])
        #expect(output.contains("name=\"x&amp;&quot;y&quot;.yaml\""))
        #expect(output.contains("message=\"2:3: &lt;a&gt; &amp; &quot;b&quot;\u{FFFD}&#10;line\""))
        #expect(output.contains("error[LP101]: &lt;a&gt; &amp; \"b\"\u{FFFD}\nline</failure>"))
        #expect(!output.unicodeScalars.contains("\u{1}"))
    }
}
