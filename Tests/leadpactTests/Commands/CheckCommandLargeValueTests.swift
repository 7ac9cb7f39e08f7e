import Foundation
import Testing

/// `leadpact check` on contracts holding a value of a megabyte where a name is looked up
/// (a time zone, a key, a field in an expression): the lookup gives no suggestion without
/// comparing the value against every name, the quoted source line is cut around the caret, and
/// a message quoting the value is cut in the middle.
@Suite struct CheckCommandLargeValueTests {
    static let megabyte = String(repeating: "Z", count: 1_000_000)

    /// Checks `contract` (written to a temporary file) and returns what `check` printed.
    private func check(_ contract: String, format: String = "text") throws -> CommandResult {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write(contract, to: "big.sla.yaml")
        return try CommandRunner.run(["check", "big.sla.yaml", "--format", format], in: directory.url)
    }

    private func expectShortQuotes(_ result: CommandResult) {
        let quoted = result.stdoutLines.filter { $0.hasPrefix(" ") && $0.contains(" | ") }
        #expect(!quoted.isEmpty, "no source line quoted: \(result.stdout.prefix(500))")
        for line in quoted { #expect(line.count <= 170, "a quoted line of \(line.count) characters") }
        #expect(!result.stdout.contains("did you mean"))
        #expect(result.stdout.utf8.count < 8_000, "\(result.stdout.utf8.count) bytes")
    }

    @Test func aMegabyteTimeZone() throws {
        let contract = try Repository.text("contracts/minimal.sla.yaml")
            .replacingOccurrences(of: "timezone: UTC", with: "timezone: \(Self.megabyte)")
        let result = try check(contract)
        #expect(result.status == 1)
        #expect(result.stdout.contains("error[LP411]"))
        expectShortQuotes(result)
    }

    @Test func aMegabyteUnknownKey() throws {
        let contract = try Repository.text("contracts/minimal.sla.yaml")
            .replacingOccurrences(of: "  first_touch_within: 1 day", with: "  first_touch_within: 1 day\n  ? \(Self.megabyte)\n  : 1")
        let result = try check(contract)
        #expect(result.status == 1)
        #expect(result.stdout.contains("error[LP201]"))
        expectShortQuotes(result)
        let github = try check(contract, format: "github")
        #expect(github.stdout.utf8.count < 8_000, "\(github.stdout.utf8.count) bytes")
    }

    @Test func aMegabyteUnknownFieldInAnExpression() throws {
        let condition = "\"budget == approved and authority and timeline_days <= 90\""
        let original = try Repository.text("contracts/acme-global.sla.yaml")
        #expect(original.contains(condition))
        let contract = original.replacingOccurrences(
            of: condition, with: "\"budget == approved and \(Self.megabyte.lowercased()) and timeline_days <= 90\"")
        let result = try check(contract)
        #expect(result.status == 1)
        #expect(result.stdout.contains("error[LP302]"))
        expectShortQuotes(result)
    }

    @Test func aKeyTooLongForASimpleKeyIsQuotedAroundTheCaret() throws {
        let contract = try Repository.text("contracts/minimal.sla.yaml")
            .replacingOccurrences(of: "  first_touch_within: 1 day", with: "  first_touch_within: 1 day\n  \(Self.megabyte): 1")
        let result = try check(contract)
        #expect(result.status == 1)
        #expect(result.stdout.utf8.count < 2_000, "\(result.stdout.utf8.count) bytes")
        expectShortQuotes(result)
    }
}
