import Foundation
import LeadpactContract
import LeadpactDiagnostics
import Testing

/// The catalogue of rules that SARIF describes matches the documentation: every code that
/// compiling reports has one rule, and every rule's link names a heading of its page.
@Suite struct DiagnosticRulesDocumentationTests {
    private let rules = ContractCompiler.diagnosticRules

    private static func anchors(of page: String) throws -> Set<String> {
        let text = try String(contentsOf: PackageFiles.root.appendingPathComponent(page), encoding: .utf8)
        return Set(text.split(separator: "\n").filter { $0.hasPrefix("#") }.map { heading in
            DiagnosticRule.anchor(ofHeading: String(heading.drop { $0 == "#" }.dropFirst()))
        })
    }

    @Test func everyDocumentedCodeOfDiagnosticsMdHasOneRule() throws {
        let text = try String(contentsOf: PackageFiles.root.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
        let headed = text.split(separator: "\n").filter { $0.hasPrefix("### LP") }.map { String($0.dropFirst(4).prefix(5)) }
        let codes = rules.map(\.code)
        #expect(Set(codes).count == codes.count, "a code has two rules")
        #expect(Set(headed).subtracting(codes).isEmpty, "documented codes without a rule")
        #expect(Set(ContractDiagnosticCode.allCases.map(\.code)).isSubset(of: codes))
    }

    @Test func everyRuleLinksToAHeadingOfItsPage() throws {
        for rule in rules {
            let parts = rule.documentation.split(separator: "#", maxSplits: 1).map(String.init)
            try #require(parts.count == 2, "\(rule.code): \(rule.documentation) has no anchor")
            #expect(try Self.anchors(of: parts[0]).contains(parts[1]), "\(rule.code): no heading of \(parts[0]) has the anchor #\(parts[1])")
            #expect(!rule.title.isEmpty && !rule.summary.isEmpty, "\(rule.code)")
        }
    }

    @Test func anchorsAreMadeAsGitHubMakesThem() {
        #expect(DiagnosticRule.anchor(ofHeading: "LP102 — duplicate key") == "lp102--duplicate-key")
        #expect(DiagnosticRule.anchor(ofHeading: "LP210 — business duration outside `sales`")
                == "lp210--business-duration-outside-sales")
        #expect(DiagnosticRule.anchor(ofHeading: "LP403 — holiday outside the contract's period")
                == "lp403--holiday-outside-the-contracts-period")
        #expect(DiagnosticRule.anchor(ofHeading: "Diagnostics (LP3xx)") == "diagnostics-lp3xx")
    }
}
