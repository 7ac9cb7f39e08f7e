import Testing
@testable import LeadpactContract

@Suite struct CanonicalJSONWriterTests {
    @Test func objectKeysAreSortedByUTF8Bytes() {
        let value = CanonicalJSON.object(["b": .int(2), "a": .int(1), "B": .int(3), "é": .int(4), "aa": .int(5)])
        #expect(CanonicalJSONWriter.compact.write(value) == #"{"B":3,"a":1,"aa":5,"b":2,"é":4}"#)
    }

    @Test func keyOrderOfConstructionDoesNotMatter() {
        var first: [String: CanonicalJSON] = [:]
        var second: [String: CanonicalJSON] = [:]
        let keys = (0..<50).map { "key\($0)" }
        for key in keys { first[key] = .string(key) }
        for key in keys.reversed() { second[key] = .string(key) }
        #expect(CanonicalJSONWriter.compact.write(.object(first)) == CanonicalJSONWriter.compact.write(.object(second)))
    }

    @Test func compactFormHasNoWhitespace() {
        let value = CanonicalJSON.object([
            "list": .array([.int(1), .null, .bool(true), .bool(false)]), "empty": .array([]), "none": .object([:]),
        ])
        #expect(CanonicalJSONWriter.compact.write(value) == #"{"empty":[],"list":[1,null,true,false],"none":{}}"#)
    }

    @Test func prettyFormIndentsByTwoSpaces() {
        let value = CanonicalJSON.object(["b": .array([.int(1), .object(["c": .string("x")])]), "a": .array([]), "d": .object([:])])
        let expected = """
            {
              "a": [],
              "b": [
                1,
                {
                  "c": "x"
                }
              ],
              "d": {}
            }
            """
        #expect(CanonicalJSONWriter.pretty.write(value) == expected)
    }

    @Test(arguments: [
        ("plain", #""plain""#),
        ("say \"hi\"", #""say \"hi\"""#),
        ("back\\slash", #""back\\slash""#),
        ("a/b", #""a/b""#),
        ("line\nbreak\r\ttab", #""line\nbreak\r\ttab""#),
        ("\u{08}\u{0C}", #""\b\f""#),
        ("\u{00}\u{01}\u{1F}", #""\u0000\u0001\u001f""#),
        ("\u{7F}", "\"\u{7F}\""),
        ("Acme ⇄ Sales — ü", "\"Acme ⇄ Sales — ü\""),
        ("\u{2028}\u{2029}", "\"\u{2028}\u{2029}\""),
        ("😀", "\"😀\""),
    ])
    func stringsAreEscapedMinimally(input: String, expected: String) {
        #expect(CanonicalJSONWriter.compact.write(.string(input)) == expected)
    }

    @Test func decomposedAndComposedTextKeepTheirOwnBytes() {
        let composed = CanonicalJSONWriter.compact.write(.string("\u{E9}"))
        let decomposed = CanonicalJSONWriter.compact.write(.string("e\u{301}"))
        #expect(Array(composed.utf8) == [0x22, 0xC3, 0xA9, 0x22])
        #expect(Array(decomposed.utf8) == [0x22, 0x65, 0xCC, 0x81, 0x22])
    }

    @Test(arguments: [
        (Int64(0), "0"), (Int64(-50), "-50"), (Int64(400), "400"),
        (Int64.max, "9223372036854775807"), (Int64.min, "-9223372036854775808"),
    ])
    func integersHaveNoDecimalPoint(value: Int64, expected: String) {
        #expect(CanonicalJSONWriter.compact.write(.int(value)) == expected)
    }

    @Test func setsAreSortedAndDeduplicated() {
        #expect(CanonicalJSONWriter.compact.write(.stringSet(["b", "a", "b", "C"])) == #"["C","a","b"]"#)
        let values: [CanonicalJSON] = [.int(2), .int(10), .int(2)]
        #expect(CanonicalJSONWriter.compact.write(.valueSet(values)) == "[10,2]")
        #expect(CanonicalJSONWriter.compact.write(.valueBag(values)) == "[10,2,2]")
    }

    @Test func theWriterOutputIsValidJSONThatReadsBack() throws {
        let value = CanonicalJSON.object(["text": .string("q\"\\\n\u{01}é"), "n": .number(0.1), "i": .int(-3)])
        let text = CanonicalJSONWriter.pretty.write(value)
        let parsed = try JSONTestReader.object(text)
        #expect(parsed["text"] as? String == "q\"\\\n\u{01}é")
        #expect(parsed["n"] as? Double == 0.1)
        #expect(parsed["i"] as? Int == -3)
    }
}
