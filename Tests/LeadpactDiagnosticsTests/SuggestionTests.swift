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

/// Suggestions cost little whatever the input.
@Suite struct SuggestionCostTests {
    /// The full edit distance, row by row, to check the banded one against.
    private func reference(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        var table = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { table[i][0] = i }
        for j in 0...y.count { table[0][j] = j }
        for i in stride(from: 1, through: x.count, by: 1) {
            for j in stride(from: 1, through: y.count, by: 1) {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var best = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { best = min(best, table[i - 2][j - 2] + 1) }
                table[i][j] = best
            }
        }
        return table[x.count][y.count]
    }

    /// Every string of up to `length` letters of `alphabet`.
    private func strings(of alphabet: String, upTo length: Int) -> [String] {
        var all = [""], last = [""]
        for _ in 0..<length {
            last = last.flatMap { prefix in alphabet.map { prefix + String($0) } }
            all += last
        }
        return all
    }

    @Test func theBandedDistanceAgreesWithTheFullOneAndItsLimit() {
        let words = strings(of: "ab", upTo: 5) + strings(of: "abc", upTo: 3)
        for a in words {
            for b in words {
                let distance = reference(a, b)
                #expect(Suggestion.editDistance(a, b) == distance, "\(a) / \(b)")
                let allowed = max(1, max(a.count, b.count) / 3)
                let suggested = Suggestion.closest(to: a, in: [b])
                #expect((suggested != nil) == (a != b && distance <= allowed), "\(a) / \(b)")
            }
        }
    }

    @Test func aNameLongerThanTheCapGetsNoSuggestion() {
        let long = String(repeating: "Europe/Paris", count: 300)
        let candidates = (0..<600).map { "Zone/Name\($0)" } + ["Europe/Paris", long + "x"]
        #expect(Suggestion.closest(to: long, in: candidates) == nil)
    }

    @Test func aNameAtTheCapIsStillCompared() {
        let long = String(repeating: "a", count: Suggestion.longestName - 1) + "b"
        let typo = String(repeating: "a", count: Suggestion.longestName - 1) + "c"
        #expect(Suggestion.closest(to: typo, in: ["short", long]) == long)
        #expect(Suggestion.closest(to: typo + "d", in: [long + "d"]) == nil)
    }

    @Test func candidatesFarOffInLengthAreNotSuggested() {
        #expect(Suggestion.closest(to: "emea", in: ["emea_north_and_south", "emee"]) == "emee")
        #expect(Suggestion.closest(to: "na", in: [String(repeating: "n", count: 10_000)]) == nil)
    }
}
