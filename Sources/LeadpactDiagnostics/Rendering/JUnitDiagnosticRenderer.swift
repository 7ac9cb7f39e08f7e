/// Renders a check as a JUnit XML report, the test-report format GitLab, Jenkins and Azure
/// Pipelines read:
///
/// ```
/// <testsuites name="leadpact check" tests="2" failures="1" errors="0" skipped="0">
///   <testsuite name="leadpact check" tests="2" failures="1" errors="0" skipped="0">
///     <testcase name="contracts/acme.sla.yaml" classname="leadpact check" file="contracts/acme.sla.yaml">
///       <failure type="LP102" message="5:3: duplicate key 'id'; …">contracts/acme.sla.yaml:5:3: error[LP102]: …</failure>
///     </testcase>
///     <testcase name="contracts/minimal.sla.yaml" classname="leadpact check" file="contracts/minimal.sla.yaml"/>
///   </testsuite>
/// </testsuites>
/// ```
///
/// One test suite per run and one test case per input (the contracts checked, in the order
/// given), plus one for any other file a diagnostic is about (a sign-off or trust file). Every
/// error is a `<failure>` of its file's test case, with the code as `type`; warnings and notes
/// do not fail a test case but are listed in its `<system-out>`. A test case without errors
/// passes.
public struct JUnitDiagnosticRenderer: DiagnosticRenderer {
    /// The name of the suite and the class name of every test case.
    public static let suiteName = "leadpact check"

    /// The files checked, each a test case even when nothing is reported about it.
    public var inputs: [String]

    /// Creates a JUnit renderer with a test case for each of `inputs`.
    public init(inputs: [String] = []) {
        self.inputs = inputs
    }

    /// The XML report, ending with a newline.
    public func render(_ diagnostics: [Diagnostic], sources: [String: SourceFile]) -> String {
        let sorted = DiagnosticBag.sorted(diagnostics)
        var files: [String] = []
        for file in inputs + sorted.map(\.file) where !files.contains(file) {
            files.append(file)
        }
        let byFile = Dictionary(grouping: sorted, by: \.file)
        let cases = files.map { testCase(file: $0, diagnostics: byFile[$0] ?? []) }
        let failures = files.count { file in byFile[file]?.contains { $0.severity == .error } == true }
        let counts = "tests=\"\(files.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\""
        let name = XMLText.attribute(Self.suiteName)
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"\(name)\" \(counts)>\n"
            + "  <testsuite name=\"\(name)\" \(counts)>\n"
            + cases.joined()
            + "  </testsuite>\n"
            + "</testsuites>\n"
    }

    private func testCase(file: String, diagnostics: [Diagnostic]) -> String {
        let head = "    <testcase name=\"\(XMLText.attribute(file))\" classname=\"\(XMLText.attribute(Self.suiteName))\""
            + " file=\"\(XMLText.attribute(file))\""
        guard !diagnostics.isEmpty else { return head + "/>\n" }
        var body = ""
        for diagnostic in diagnostics where diagnostic.severity == .error {
            let start = diagnostic.location
            body += "      <failure type=\"\(XMLText.attribute(diagnostic.code))\""
                + " message=\"\(XMLText.attribute("\(start.line):\(start.column): \(diagnostic.message)"))\">"
                + XMLText.content(Self.text(of: diagnostic)) + "</failure>\n"
        }
        let others = diagnostics.filter { $0.severity != .error }
        if !others.isEmpty {
            body += "      <system-out>" + XMLText.content(others.map(Self.text).joined(separator: "\n")) + "</system-out>\n"
        }
        return head + ">\n" + body + "    </testcase>\n"
    }

    /// `file:line:col: severity[CODE]: message`, then its notes and fixes on lines of their own.
    private static func text(of diagnostic: Diagnostic) -> String {
        var text = "\(diagnostic.file):\(diagnostic.location): \(diagnostic.severity.rawValue)[\(diagnostic.code)]: \(diagnostic.message)"
        for note in diagnostic.notes {
            let place = note.range.map { "\(note.file ?? diagnostic.file):\($0.start): " } ?? ""
            text += "\n  note: \(place)\(note.message)"
        }
        for fixIt in diagnostic.fixIts {
            text += "\n  fix: \(fixIt.message)"
        }
        return text
    }
}
