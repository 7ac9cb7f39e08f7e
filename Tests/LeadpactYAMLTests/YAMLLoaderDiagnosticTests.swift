import LeadpactDiagnostics
import LeadpactYAML
import Testing

@Suite struct YAMLLoaderDiagnosticTests {
    @Test func duplicateKeyIsReportedAtTheDuplicateWithANoteAtTheFirst() throws {
        let document = load("contract:\n  id: a\n  title: T\n  id: b\n")
        let diagnostic = try #require(document.diagnostics.first)
        #expect(document.diagnostics.count == 1)
        #expect(diagnostic.code == "LP102")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.range == span(4, 3, 4, 5))
        #expect(diagnostic.notes.first?.range == span(2, 3, 2, 5))
        #expect(diagnostic.message.contains("'id'"))
        let contract = try #require(document.root?["contract"])
        #expect(contract.mapping?.count == 2)
        #expect(contract["id"]?.scalar == "a")
    }

    @Test func quotedAndPlainSpellingsOfAKeyAreTheSameKey() {
        let document = load("id: a\n'id': b\n")
        #expect(document.diagnostics.map(\.code) == ["LP102"])
        #expect(document.diagnostics.first?.range?.start == loc(2, 1))
    }

    @Test func billionLaughsIsRejectedQuickly() {
        var text = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) {
            let items = Array(repeating: "*\(previous)", count: 9).joined(separator: ", ")
            text += "\(name): &\(name) [\(items)]\n"
        }
        let clock = ContinuousClock()
        var document: YAMLDocument?
        let elapsed = clock.measure { document = load(text) }
        #expect(document?.root == nil)
        #expect(document?.diagnostics.map(\.code) == ["LP103"])
        #expect(document?.diagnostics.first?.range.map { $0.start.line > 1 } == true)
        #expect(elapsed < .seconds(2))
    }

    @Test func aDocumentWithoutAliasesPastTheNodeLimitDoesNotBlameAliases() throws {
        let limits = YAMLLoadingLimits(maximumExpandedNodes: 10, maximumDepth: 256)
        let document = YAMLLoader.load(bytes: Array("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n".utf8), path: "big.yaml", limits: limits)
        let diagnostic = try #require(document.diagnostics.first)
        #expect(diagnostic.code == "LP103")
        #expect(diagnostic.message == "this document holds more than 10 nodes; loading stopped")
        #expect(diagnostic.range?.start == loc(1, 29))
        #expect(diagnostic.fixIts.map(\.message) == ["a contract needs far fewer; check that this is the contract file you meant"])
    }

    @Test func aliasesPastTheNodeLimitAreNamed() throws {
        let limits = YAMLLoadingLimits(maximumExpandedNodes: 10, maximumDepth: 256)
        let document = YAMLLoader.load(bytes: Array("a: &a [1, 2, 3]\nb: [*a, *a]\n".utf8), path: "a.yaml", limits: limits)
        let diagnostic = try #require(document.diagnostics.first)
        #expect(diagnostic.code == "LP103")
        #expect(diagnostic.message == "aliases expand this document past 10 nodes; loading stopped")
        #expect(diagnostic.range?.start == loc(2, 5))
    }

    @Test func unknownAliasIsAnErrorWithADidYouMean() throws {
        let document = load("hours: &weekdays 9-5\nemea: *weekday\n")
        let diagnostic = try #require(document.diagnostics.first)
        #expect(diagnostic.code == "LP107")
        #expect(diagnostic.range == span(2, 7, 2, 15))
        #expect(diagnostic.fixIts.first?.replacement == "*weekdays")
        #expect(document.root == nil)
    }

    @Test func anAnchorCannotReferToItself() {
        #expect(load("a: &x [*x]\n").diagnostics.map(\.code) == ["LP107"])
    }

    @Test func aSecondDocumentIsAnErrorAtItsStart() throws {
        let document = load("a: 1\n---\nb: 2\n")
        #expect(document.diagnostics.map(\.code) == ["LP104"])
        #expect(document.diagnostics.first?.range?.start == loc(2, 1))
        #expect(document.root?["a"]?.scalar == "1")
    }

    @Test func anExplicitSingleDocumentIsFine() {
        #expect(load("---\na: 1\n...\n").diagnostics.isEmpty)
    }

    @Test(arguments: ["", "# just a comment\n", "---\n", "~\n"])
    func anEmptyFileIsAnEmptyContract(text: String) {
        let document = load(text)
        #expect(document.root == nil)
        #expect(document.diagnostics.map(\.code) == ["LP106"])
        #expect(document.diagnostics.first?.message.contains("empty contract") == true)
    }

    @Test func invalidUTF8IsReportedAtTheFirstBadByte() throws {
        let bytes = Array("id: ok\ntitle: caf".utf8) + [0xE9] + Array("\n".utf8)
        let document = YAMLLoader.load(bytes: bytes, path: "latin1.yaml")
        let diagnostic = try #require(document.diagnostics.first)
        #expect(diagnostic.code == "LP105")
        #expect(diagnostic.range?.start == loc(2, 11))
        #expect(diagnostic.message.contains("0xE9"))
        #expect(document.root == nil)
    }

    @Test func overlongAndSurrogateEncodingsAreNotUTF8() {
        for bad: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
            let document = YAMLLoader.load(bytes: Array("x: ".utf8) + bad, path: "bad.yaml")
            #expect(document.diagnostics.map(\.code) == ["LP105"])
            #expect(document.diagnostics.first?.range?.start == loc(1, 4))
        }
    }

    @Test func libyamlSyntaxErrorsKeepTheProblemAndItsContext() throws {
        let document = load("stages:\n  mql: [a, b\n  sql: c\n")
        let diagnostic = try #require(document.diagnostics.first)
        #expect(diagnostic.code == "LP101")
        #expect(diagnostic.message == "did not find expected ',' or ']'")
        #expect(diagnostic.range?.start == loc(3, 6))
        #expect(diagnostic.notes.first?.message == "while parsing a flow sequence")
        #expect(diagnostic.notes.first?.range?.start == loc(2, 8))
        #expect(document.root == nil)
    }

    @Test func mappingValuesInAPlainScalarAreASyntaxError() throws {
        let diagnostic = try #require(load("a: b: c\n").diagnostics.first)
        #expect(diagnostic.code == "LP101")
        #expect(diagnostic.message == "mapping values are not allowed in this context")
        #expect(diagnostic.range?.start == loc(1, 5))
    }

    @Test func controlCharactersAreReportedWhereTheyStand() throws {
        let diagnostic = try #require(load("id: ok\nx: a\u{7}b\n").diagnostics.first)
        #expect(diagnostic.code == "LP101")
        #expect(diagnostic.range?.start == loc(2, 5))
        #expect(diagnostic.message.contains("U+0007"))
    }

    @Test func deepNestingIsRejectedAtTheFirstLevelPastTheLimit() throws {
        let text = "x: " + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "\n"
        let diagnostic = try #require(load(text).diagnostics.first)
        #expect(diagnostic.code == "LP108")
        #expect(diagnostic.range?.start == loc(1, 4 + 255))
    }

    @Test func aliasesCannotNestPastTheDepthLimit() throws {
        let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        let text = "a: &deep \(deep)\nb: " + String(repeating: "[", count: 100) + "*deep"
            + String(repeating: "]", count: 100) + "\n"
        let diagnostic = try #require(load(text).diagnostics.first)
        #expect(diagnostic.code == "LP108")
        #expect(diagnostic.range?.start == loc(2, 104))
    }

    @Test func aMappingKeyMustBeAScalar() throws {
        let document = load("? [a, b]\n: c\nd: e\n")
        #expect(document.diagnostics.map(\.code) == ["LP109"])
        #expect(document.diagnostics.first?.range == span(1, 3, 1, 9))
        #expect(document.root?.mapping?.count == 1)
    }

    @Test func mergeKeysAreRejected() throws {
        let document = load("base: &b {x: 1}\nother:\n  <<: *b\n  y: 2\n")
        #expect(document.diagnostics.map(\.code) == ["LP110"])
        #expect(document.diagnostics.first?.range == span(3, 3, 3, 5))
        #expect(document.root?["other"]?.mapping?.count == 1)
        #expect(load("other: {'<<': quoted}\n").diagnostics.isEmpty)
    }
}
