import Foundation
import Testing

@Suite struct JSONSubsetTests {
    private func parse(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)
    }

    @Test func reportsEveryDifference() throws {
        let expected = try parse(#"{"a":1,"b":[{"x":"y"},{"x":null}],"c":"t"}"#)
        #expect(JSONSubset.mismatches(expected: expected, actual: try parse(#"{"a":1,"b":[{"x":"y","z":2},{"x":null}],"c":"t","d":0}"#), path: "$").isEmpty)
        #expect(JSONSubset.mismatches(expected: expected, actual: try parse(#"{"a":2,"b":[{"x":"y"},{"x":null}],"c":"t"}"#), path: "$") == ["$.a: expected 1, found 2"])
        #expect(JSONSubset.mismatches(expected: expected, actual: try parse(#"{"a":1,"b":[{"x":"y"}],"c":"t"}"#), path: "$").count == 1)
        #expect(JSONSubset.mismatches(expected: expected, actual: try parse(#"{"a":1,"b":[{"x":"y"},{"x":"n"}],"c":"t"}"#), path: "$").count == 1)
        #expect(JSONSubset.mismatches(expected: expected, actual: try parse(#"{"a":1,"b":[{"x":"y"},{"x":null}]}"#), path: "$") == ["$.c: missing"])
        #expect(JSONSubset.mismatches(expected: try parse("null"), actual: try parse("0"), path: "$").count == 1)
        #expect(JSONSubset.mismatches(expected: try parse("\"1\""), actual: try parse("1"), path: "$").count == 1)
    }
}
