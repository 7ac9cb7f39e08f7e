import Foundation
import LeadpactDiagnostics
import Testing

@testable import LeadpactSignoff

/// The LP5xx catalogue, the code that reports each code, and the docs agree.
@Suite("LP5xx catalogue and documentation")
struct SignoffDiagnosticsDocumentationTests {
    private static func text(_ relative: String) -> String {
        (try? String(contentsOfFile: RepositoryFiles.path(relative), encoding: .utf8)) ?? ""
    }

    /// Every `LP5nn` written in `text`.
    private static func codes(in text: String) -> Set<String> {
        var found: Set<String> = []
        var rest = Substring(text)
        while let start = rest.range(of: "LP5") {
            let code = rest[start.lowerBound...].prefix(5)
            if code.count == 5, code.dropFirst(2).allSatisfy(\.isNumber) { found.insert(String(code)) }
            rest = rest[start.upperBound...]
        }
        return found
    }

    private let catalogue = Set(SignoffDiagnostics.catalogue.map(\.code))

    @Test("docs/signoff.md and docs/diagnostics.md describe exactly the catalogued codes")
    func documented() {
        #expect(Self.codes(in: Self.text("docs/signoff.md")) == catalogue)
        #expect(Self.codes(in: Self.text("docs/diagnostics.md")) == catalogue)
    }

    @Test("every catalogued code is reported somewhere in the sign-off sources")
    func reported() throws {
        let directory = RepositoryFiles.path("Sources/LeadpactSignoff")
        let files = try #require(FileManager.default.enumerator(atPath: directory)?.allObjects as? [String])
        let sources = files.filter { $0.hasSuffix(".swift") && !$0.hasSuffix("SignoffDiagnostics.swift") }
            .map { Self.text("Sources/LeadpactSignoff/\($0)") }.joined()
        let used = Set(catalogue.filter { sources.contains("\"\($0)\"") })
        #expect(used == catalogue)
    }

    @Test("every LP5xx rule links to a heading of docs/signoff.md")
    func rulesLinkToTheirDocumentation() {
        let headings = Self.text("docs/signoff.md").split(separator: "\n").filter { $0.hasPrefix("#") }
        let anchors = Set(headings.map { DiagnosticRule.anchor(ofHeading: String($0.drop { $0 == "#" }.dropFirst())) })
        #expect(Set(SignoffDiagnostics.rules.map(\.code)) == catalogue)
        for rule in SignoffDiagnostics.rules {
            let anchor = rule.documentation.split(separator: "#").last.map(String.init) ?? ""
            #expect(rule.documentation.hasPrefix("docs/signoff.md#") && anchors.contains(anchor), "\(rule.code)")
        }
    }
}
