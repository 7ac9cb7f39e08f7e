import Foundation
import LeadpactContract
import LeadpactDiagnostics
import Testing

/// The "Working time" rules of docs/business-time.md agree with the compiler: every window the
/// section writes out is accepted, except in the rule that names LP213, whose first window is
/// rejected with that code.
@Suite struct WorkingTimeDocumentationTests {
    struct Rule: Sendable, CustomStringConvertible {
        var text: String
        var windows: [String]
        var description: String { String(text.prefix(60)) }
    }

    static let rules: [Rule] = {
        let url = PackageFiles.root.appendingPathComponent("docs/business-time.md")
        guard let text = try? String(contentsOf: url, encoding: .utf8),
              let start = text.range(of: "\n## Working time\n") else { return [] }
        let section = text[start.upperBound...].components(separatedBy: "\n## ")[0]
        return section.components(separatedBy: "\n- ").dropFirst().map { bullet in
            let quoted = bullet.components(separatedBy: "`").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
            let windows = quoted.compactMap { piece -> String? in
                let clock = piece.split(separator: ": ").last.map(String.init) ?? piece
                return clock.wholeMatch(of: /\d{1,2}:\d{2}-\d{1,2}:\d{2}/) != nil ? clock : nil
            }
            return Rule(text: bullet, windows: windows)
        }
    }()

    /// The codes compiling `window` as Monday's hours gives (LP427, a calendar no rule uses, aside).
    static func codes(_ window: String) -> [String] {
        let text = MarkedContract.header + "calendars:\n  c:\n    timezone: UTC\n    hours:\n      mon: \(window)\n"
        return ContractCompiler.compile(text: text, path: "doc.sla.yaml").diagnostics.map(\.code).filter { $0 != "LP427" }
    }

    @Test func theSectionSaysWhichWindowIsRejected() {
        #expect(Self.rules.filter { $0.text.contains("LP213") }.count == 1)
    }

    @Test(arguments: rules) func theWindowsOfARuleCompileAsItSays(_ rule: Rule) throws {
        if rule.text.contains("LP213") {
            let rejected = try #require(rule.windows.first)
            #expect(Self.codes(rejected) == ["LP213"], "\(rejected)")
            for window in rule.windows.dropFirst() { #expect(Self.codes(window) == [], "\(window)") }
        } else {
            for window in rule.windows { #expect(Self.codes(window) == [], "\(window)") }
        }
    }
}
