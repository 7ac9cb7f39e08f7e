import Foundation
import LeadpactDiagnostics
import LeadpactExpressions
import Testing

/// Runs the examples of docs/expressions.md, so the reference cannot drift from the compiler.
@Suite struct ExpressionDocumentationTests {
    private static let documentLines: [String] = {
        let path = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/expressions.md").path
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.components(separatedBy: "\n")
    }()

    /// The rows of the diagnostics table: code, example, column.
    private static var diagnosticRows: [(code: String, example: String, column: Int)] {
        documentLines.compactMap { line in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 4, cells[0].hasPrefix("LP3"), let column = Int(cells[3]),
                  cells[2].hasPrefix("`"), cells[2].hasSuffix("`") else { return nil }
            return (cells[0], String(cells[2].dropFirst().dropLast()), column)
        }
    }

    @Test func documentsEveryCodeWithAnExample() {
        #expect(Set(Self.diagnosticRows.map(\.code)) == Set(ExpressionDiagnosticCode.allCases.map(\.rawValue)))
    }

    @Test func everyDiagnosticExampleReportsItsCodeAtItsColumn() {
        for row in Self.diagnosticRows {
            let result = ExpressionCompiler.compile(row.example, at: SourceLocation(line: 1, column: 1),
                                                    file: "doc", environment: ExpressionFixtures.environment)
            #expect(result.diagnostics.map(\.code) == [row.code], "\(row.example)")
            #expect(result.diagnostics.first?.location.column == row.column, "\(row.example)")
        }
    }

    @Test func theContractExamplesCompile() {
        let conditions = Self.documentLines.compactMap { line -> String? in
            guard let start = line.range(of: "when: \""), let end = line.range(of: "\"", range: start.upperBound..<line.endIndex) else {
                return nil
            }
            return String(line[start.upperBound..<end.lowerBound])
        }
        #expect(conditions.count == 3)
        for condition in conditions {
            #expect(ExpressionFixtures.compile(condition).diagnostics.isEmpty, "\(condition)")
        }
    }
}
