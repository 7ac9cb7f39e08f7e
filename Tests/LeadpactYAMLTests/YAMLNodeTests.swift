import LeadpactDiagnostics
import LeadpactYAML
import Testing

@Suite struct YAMLNodeTests {
    private let here = SourceRange(start: SourceLocation(line: 1, column: 1), length: 1)

    @Test func onlyPlainUntaggedScalarsAreNull() {
        #expect(YAMLNode(content: .scalar("~", .plain), range: here).isNull)
        #expect(!YAMLNode(content: .scalar("null", .doubleQuoted), range: here).isNull)
        #expect(!YAMLNode(content: .scalar("no", .plain), range: here).isNull)
    }
}
