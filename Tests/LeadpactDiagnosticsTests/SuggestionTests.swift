import LeadpactDiagnostics
import Testing

@Suite struct SuggestionTests {
    @Test func suggestsTheClosestNameWithinATypoDistance() {
        #expect(Suggestion.closest(to: "seniorty", in: ["seniority", "industry", "region"]) == "seniority")
        #expect(Suggestion.closest(to: "budgte", in: ["budget", "authority"]) == "budget")
    }

    @Test func suggestsNothingForAnUnrelatedName() {
        #expect(Suggestion.closest(to: "pizza", in: ["seniority", "industry"]) == nil)
    }

    @Test func sortsDiagnosticsByFileThenPosition() {
        var bag = DiagnosticBag()
        bag.report(Diagnostic(code: "LP2", severity: .error, message: "b", file: "a.yaml",
                              range: SourceRange(start: SourceLocation(line: 3, column: 1), length: 1)))
        bag.report(Diagnostic(code: "LP1", severity: .warning, message: "a", file: "a.yaml",
                              range: SourceRange(start: SourceLocation(line: 1, column: 5), length: 1)))
        #expect(bag.sorted.map(\.code) == ["LP1", "LP2"])
        #expect(bag.errorCount == 1 && bag.warningCount == 1)
    }

    @Test func sourceFileReturnsLinesWithoutBreaks() {
        let file = SourceFile(path: "x", text: "one\ntwo\r\nthree")
        #expect(file.line(2) == "two")
        #expect(file.line(3) == "three")
        #expect(file.line(4) == nil)
    }
}

@Suite struct TranspositionTests {
    @Test func countsASwapOfNeighboursAsOneEdit() {
        #expect(Suggestion.editDistance("emae", "emea") == 1)
        #expect(Suggestion.editDistance("titel", "title") == 1)
        #expect(Suggestion.closest(to: "emae", in: ["emea", "na"]) == "emea")
    }
}
