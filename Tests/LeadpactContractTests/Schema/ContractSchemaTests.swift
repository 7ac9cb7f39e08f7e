import Foundation
import Testing
@testable import LeadpactContract

@Suite struct ContractSchemaTests {
    static let committedPath = "docs/contract.schema.json"

    @Test func committedSchemaFileEqualsTheBuiltSchema() throws {
        let url = PackageFiles.root.appendingPathComponent(Self.committedPath)
        let committed = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        if PackageFiles.recording {
            try ContractSchema.text.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(Self.committedPath); run again without LEADPACT_RECORD")
            return
        }
        #expect(committed == ContractSchema.text, "run with LEADPACT_RECORD=1 to re-record \(Self.committedPath)")
    }

    @Test func schemaIsJSONWithTheDraftAndEverySection() throws {
        let object = try JSONTestReader.object(ContractSchema.text)
        #expect(object["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(object["additionalProperties"] as? Bool == false)
        let properties = try #require(object["properties"] as? [String: Any])
        #expect(Set(properties.keys) == ["leadpact", "contract", "calendars", "fields", "activities", "scoring", "stages", "marketing", "sales"])
    }

    @Test(arguments: [
        ("30 minutes", true), ("1 minute", true), ("1 hour", true), ("2 hours", true), ("30 days", true), ("1 week", true),
        ("30m", true), ("1h", true), ("2d", true), ("1w", true), ("1 Hour", true), ("30 m", true), ("90minutes", true),
        ("30 business minutes", false), ("1.5 hours", false),
        ("hour", false), ("30 fortnights", false), ("-1 hour", false),
    ])
    func wallDurationPattern(text: String, matches: Bool) throws {
        let regex = try Regex(ContractSchema.Pattern.wallDuration)
        #expect((text.wholeMatch(of: regex) != nil) == matches)
    }

    @Test(arguments: [
        ("30 business minutes", true), ("1 business hour", true), ("10 business days", true), ("5 minutes", true),
        ("2 Business Days", true), ("30 business m", true),
        ("2 business weeks", false), ("business 5 minutes", false), ("5 business", false), ("5businessdays", false),
    ])
    func salesDurationPattern(text: String, matches: Bool) throws {
        let regex = try Regex(ContractSchema.Pattern.salesDuration)
        #expect((text.wholeMatch(of: regex) != nil) == matches)
    }

    @Test(arguments: [
        ("09:00-17:30", true), ("09:00-12:00, 13:00-16:00", true), ("22:00-06:00", true), ("00:00-24:00", true),
        ("9:00-17:00", true), ("08:00 - 12:00 ,13:00-15:00", true),
        ("24:00-06:00", false), ("9-17", false), ("09:00-25:00", false), ("09:00", false), ("09:00-12:00,", false),
    ])
    func hoursPattern(text: String, matches: Bool) throws {
        let regex = try Regex(ContractSchema.Pattern.windows)
        #expect((text.wholeMatch(of: regex) != nil) == matches)
    }

    @Test(arguments: [
        ("mon-fri", true), ("mon-thu", true), ("fri", true), ("mon,wed", true), ("sat-sun, mon", true), ("mon-wed,fri", true),
        ("monday", false), ("Mon", false), ("mon-", false), ("", false),
    ])
    func daysPattern(text: String, matches: Bool) throws {
        let regex = try Regex(ContractSchema.Pattern.days)
        #expect((text.wholeMatch(of: regex) != nil) == matches)
    }

    @Test(arguments: [("1.4.0", true), ("2.0.0-rc.1+build.5", true), ("1.4", false), ("01.4.0", false), ("v1.4.0", false)])
    func semanticVersionPattern(text: String, matches: Bool) throws {
        let regex = try Regex(ContractSchema.Pattern.semanticVersion)
        #expect((text.wholeMatch(of: regex) != nil) == matches)
    }
}

@Suite struct ContractSchemaPercentageTests {
    @Test(arguments: [
        ("20%", true), ("12.5%", true), ("0.5%", true), ("0.05%", true), ("100%", true), ("100.00%", true), ("7 %", true),
        ("0%", false), ("0.00%", false), ("100.5%", false), ("101%", false), ("20", false), ("0.2", false), ("12.345%", false),
        ("-5%", false), ("05%", true), ("020.00%", true), ("000.5%", true), ("00%", false), (" 20%", false), ("20% ", false),
        ("20\t%", false),
    ])
    func percentagePattern(text: String, matches: Bool) throws {
        let regex = try Regex(ContractSchema.Pattern.percentage)
        #expect((text.wholeMatch(of: regex) != nil) == matches)
    }
}

/// The schema and the compiler agree: what the schema rejects, the compiler rejects too, and
/// what the compiler accepts has the shape the schema describes.
@Suite struct ContractSchemaCompilerAgreementTests {
    @Test(arguments: PackageFiles.list("fixtures/schema/invalid", suffix: ".sla.yaml"))
    func compilerAlsoRejectsTheInvalidExamples(path: String) throws {
        let text = try String(contentsOf: PackageFiles.root.appendingPathComponent(path), encoding: .utf8)
        let result = ContractCompiler.compile(text: text, path: path)
        #expect(result.contract == nil, "\(path) compiles, but the schema rejects it")
    }

    @Test(arguments: PackageFiles.validContracts)
    func schemaValidatedContractsCompile(path: String) throws {
        let text = try String(contentsOf: PackageFiles.root.appendingPathComponent(path), encoding: .utf8)
        #expect(ContractCompiler.compile(text: text, path: path).contract != nil, "\(path) does not compile")
    }
}
