import Foundation
import Testing

/// `leadpact schema [-o FILE]`: the contract language as JSON Schema draft 2020-12.
@Suite struct SchemaCommandTests {
    @Test func printsADraft202012Schema() throws {
        let (result, json) = try CommandRunner.runJSON(["schema"])
        #expect(result.status == 0, "\(result)")
        let schema = try #require(json as? [String: Any])
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let properties = try #require(schema["properties"] as? [String: Any])
        for section in ["leadpact", "contract", "calendars", "fields", "sales", "marketing"] {
            #expect(properties[section] != nil, "no '\(section)' property")
        }
    }

    @Test func outputOptionWritesTheSameSchema() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let printed = try CommandRunner.run(["schema"])
        let written = try CommandRunner.run(["schema", "-o", "contract.schema.json"], in: directory.url)
        #expect(written.status == 0, "\(written)")
        #expect(try directory.read("contract.schema.json") == printed.stdout)
    }
}
