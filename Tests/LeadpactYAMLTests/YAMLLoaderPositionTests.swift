import LeadpactDiagnostics
import LeadpactYAML
import Testing

@Suite struct YAMLLoaderPositionTests {
    @Test func blockMappingScalarsHaveOneBasedRanges() throws {
        let document = load("leadpact: 1\ncontract:\n  id: acme-na\n  title: Acme\n")
        #expect(document.diagnostics.isEmpty)
        let root = try #require(document.root)
        #expect(root.range == span(1, 1, 4, 14))
        #expect(root.keyNode("leadpact")?.range == span(1, 1, 1, 9))
        #expect(root["leadpact"]?.range == span(1, 11, 1, 12))
        let contract = try #require(root["contract"])
        #expect(contract.range == span(3, 3, 4, 14))
        #expect(contract["id"]?.range == span(3, 7, 3, 14))
        #expect(contract["id"]?.scalar == "acme-na")
    }

    @Test func blockSequenceItemsAndTheSequence() throws {
        let document = load("reasons:\n  - no_budget\n  - competitor\n")
        let reasons = try #require(document.root?["reasons"])
        #expect(reasons.range == span(2, 3, 3, 15))
        #expect(reasons[0]?.range == span(2, 5, 2, 14))
        #expect(reasons[1]?.range == span(3, 5, 3, 15))
    }

    @Test func flowCollectionsEndAfterTheirClosingBracket() throws {
        let document = load("review: { cadence: biweekly, metrics: [mql_to_sql, first_touch_p90] }\n")
        let review = try #require(document.root?["review"])
        #expect(review.range == span(1, 9, 1, 70))
        let metrics = try #require(review["metrics"])
        #expect(metrics.range == span(1, 39, 1, 68))
        #expect(metrics[1]?.range == span(1, 52, 1, 67))
        #expect(review["cadence"]?.range == span(1, 20, 1, 28))
    }

    @Test func columnsCountUnicodeScalarsNotBytes() throws {
        let document = load("title: Acme ⇄ Sales — NA\nid: x\n")
        let root = try #require(document.root)
        #expect(root["title"]?.range == span(1, 8, 1, 25))
        #expect(root["id"]?.range == span(2, 5, 2, 6))
    }

    @Test func quotedScalarRangesIncludeTheQuotes() throws {
        let document = load("a: 'single'\nb: \"dou\\tble\"\nc: plain\n")
        let root = try #require(document.root)
        #expect(root["a"]?.content == .scalar("single", .singleQuoted))
        #expect(root["a"]?.range == span(1, 4, 1, 12))
        #expect(root["b"]?.content == .scalar("dou\tble", .doubleQuoted))
        #expect(root["b"]?.range == span(2, 4, 2, 14))
        #expect(root["c"]?.content == .scalar("plain", .plain))
    }

    @Test func blockScalarStylesAreKept() throws {
        let document = load("lit: |\n  one\n  two\nfold: >\n  three\n  four\n")
        let root = try #require(document.root)
        #expect(root["lit"]?.content == .scalar("one\ntwo\n", .literal))
        #expect(root["lit"]?.range.start == loc(1, 6))
        #expect(root["fold"]?.content == .scalar("three four\n", .folded))
        #expect(root["fold"]?.range.start == loc(4, 7))
    }

    @Test func explicitTagsAreKeptInShorthand() throws {
        let document = load("a: !!str 123\nb: !custom x\nc: 5\n")
        let root = try #require(document.root)
        #expect(root["a"]?.tag == "!!str")
        #expect(root["b"]?.tag == "!custom")
        #expect(root["c"]?.tag == nil)
    }

    @Test func anEmptyValueIsANullScalarRightAfterItsColon() throws {
        let document = load("expires:\nid: x\n")
        let expires = try #require(document.root?["expires"])
        #expect(expires.isNull)
        #expect(expires.range.start == loc(1, 9))
    }

    @Test func aByteOrderMarkIsAcceptedAndDoesNotShiftColumns() throws {
        let document = YAMLLoader.load(bytes: [0xEF, 0xBB, 0xBF] + Array("id: x\n".utf8), path: "bom.yaml")
        #expect(document.diagnostics.isEmpty)
        #expect(document.root?["id"]?.range == span(1, 5, 1, 6))
        #expect(document.source.line(1) == "id: x")
    }

    @Test func anAliasKeepsItsOwnRangeAndTheAnchoredContent() throws {
        let document = load("base: &hours { mon-fri: 09:00-17:00 }\nemea: *hours\n")
        #expect(document.diagnostics.isEmpty)
        let root = try #require(document.root)
        let alias = try #require(root["emea"])
        #expect(alias.range == span(2, 7, 2, 13))
        #expect(alias["mon-fri"]?.scalar == "09:00-17:00")
        #expect(root["base"]?.range.start == loc(1, 7))
    }

    @Test func crlfLineBreaksCountAsOneLine() throws {
        let document = load("a: 1\r\nb: 2\r\n")
        #expect(document.root?["b"]?.range == span(2, 4, 2, 5))
    }
}
