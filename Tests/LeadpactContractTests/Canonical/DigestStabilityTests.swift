import Foundation
import LeadpactDiagnostics
import Testing
@testable import LeadpactContract

/// The digest over contracts written as YAML: the same meaning written differently keeps it,
/// any change of meaning changes it (fixtures in `fixtures/digest/`).
@Suite struct DigestStabilityTests {
    static let basePath = "fixtures/digest/base.sla.yaml"

    static func text(_ path: String) throws -> String {
        try String(contentsOf: PackageFiles.root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Compiles `text`, failing the test with the diagnostics when it does not compile.
    static func compile(_ text: String, path: String = basePath) throws -> Contract {
        let result = ContractCompiler.compile(text: text, path: path)
        let errors = result.diagnostics.filter { $0.severity == .error }.map { "\($0.code): \($0.message)" }
        return try #require(result.contract, "\(path) does not compile: \(errors)")
    }

    @Test func reformattedContractHasTheSameDigest() throws {
        let base = try Self.compile(Self.text(Self.basePath))
        let reformatted = try Self.compile(Self.text("fixtures/digest/reformatted.sla.yaml"), path: "fixtures/digest/reformatted.sla.yaml")
        #expect(reformatted.canonicalJSON() == base.canonicalJSON())
        #expect(reformatted.digest == base.digest)
    }

    @Test(arguments: SameMeaning.allCases)
    func sameMeaningWrittenDifferentlyKeepsTheDigest(edit: SameMeaning) throws {
        let original = try Self.text(Self.basePath)
        let edited = try edit.apply(to: original)
        #expect(edited != original)
        #expect(try Self.compile(edited).digest == Self.compile(original).digest)
    }

    @Test(arguments: ChangedMeaning.allCases)
    func changedMeaningChangesTheDigest(edit: ChangedMeaning) throws {
        let original = try Self.text(Self.basePath)
        let edited = try edit.apply(to: original)
        #expect(try Self.compile(edited).digest != Self.compile(original).digest)
    }

    @Test func compiledRulesMatchTheGoldenFile() throws {
        let contract = try Self.compile(Self.text(Self.basePath))
        let goldenPath = "fixtures/digest/base.compiled.json"
        let url = PackageFiles.root.appendingPathComponent(goldenPath)
        let output = contract.compiledRulesJSON() + "\n"
        if PackageFiles.recording {
            try output.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(goldenPath); run again without LEADPACT_RECORD")
            return
        }
        let golden = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        #expect(output == golden, "run with LEADPACT_RECORD=1 to re-record \(goldenPath)")
    }
}

/// A textual edit of the base contract; the test fails if the text to replace is not there.
protocol ContractTextEdit {
    var replacements: [(String, String)] { get }
}

struct EditNotApplicable: Error, CustomStringConvertible {
    var missing: String
    var description: String { "the base contract does not contain \(missing)" }
}

extension ContractTextEdit {
    func apply(to text: String) throws -> String {
        var edited = text
        for (old, new) in replacements {
            guard edited.contains(old) else { throw EditNotApplicable(missing: old) }
            edited = edited.replacingOccurrences(of: old, with: new)
        }
        return edited
    }
}

/// Edits that say the same thing in other words.
enum SameMeaning: String, CaseIterable, ContractTextEdit, CustomTestStringConvertible {
    case hourAsMinutes, hourShortForm, daysAsWeeks, daysAsHours, quotedScalars, flowStyleMapping
    case commentsAndBlankLines, reasonOrder, conditionOrder, redundantParentheses, listFormOfHours, keyOrder
    case schemaModeline

    var testDescription: String { rawValue }

    var replacements: [(String, String)] {
        switch self {
        case .hourAsMinutes: [("accept_within: 1 business hour", "accept_within: 60 business minutes")]
        case .hourShortForm: [("first_touch_within: 15 minutes", "first_touch_within: 15m")]
        case .daysAsWeeks: [("half_life: 21 days", "half_life: 3 weeks"), ("active_within: 14 days", "active_within: 2w")]
        case .daysAsHours: [("half_life: 21 days", "half_life: 504 hours")]
        case .quotedScalars: [("version: 2.1.0", "version: \"2.1.0\""), ("mql_to_sql: 25%", "mql_to_sql: '25%'"),
                              ("timezone: Asia/Singapore", "timezone: \"Asia/Singapore\"")]
        case .flowStyleMapping: [("  conversion:\n    mql_to_sql: 25%\n    per: quarter\n", "  conversion: { per: quarter, mql_to_sql: 25% }\n")]
        case .commentsAndBlankLines: [("stages:\n", "# the qualification stages\n\nstages:   # MQL and SQL\n")]
        case .reasonOrder: [("[no_budget, not_a_fit, contact_left, no_response, bad_timing, competitor]",
                             "[competitor, bad_timing, no_response, contact_left, not_a_fit, no_budget]")]
        case .conditionOrder: [("\"budget == approved and authority and timeline_days <= 120\"",
                                "\"timeline_days <= 120 and authority and budget == approved\"")]
        case .redundantParentheses: [("\"score >= 80 and seniority in [director, vp, cxo] and employees > 100\"",
                                      "\"(score >= 80) and ((seniority in [cxo, vp, director]) and employees > 100)\"")]
        case .listFormOfHours: [("fri: 08:00-12:00, 13:00-15:00", "fri: [\"13:00-15:00\", \"08:00-12:00\"]")]
        case .schemaModeline: [("leadpact: 1\n", "# yaml-language-server: $schema=../../docs/contract.schema.json\nleadpact: 1\n")]
        case .keyOrder: [("    marketing: Priya Shah <priya@northwind.example>\n    sales: Tom Becker <tom@northwind.example>\n",
                          "    sales: Tom Becker <tom@northwind.example>\n    marketing: Priya Shah <priya@northwind.example>\n")]
        }
    }
}

/// Edits that change what the contract means.
enum ChangedMeaning: String, CaseIterable, ContractTextEdit, CustomTestStringConvertible {
    case mqlThreshold, holiday, reason, calendarWindow, version, expressionOperator, durationClock
    case expediteOrder, volumeTarget, conversionRate, channelMinimum, timeZone, enumValue

    var testDescription: String { rawValue }

    var replacements: [(String, String)] {
        switch self {
        case .mqlThreshold: [("score >= 80 and", "score >= 81 and")]
        case .holiday: [("      - 2026-11-26\n", "      - 2026-11-26\n      - 2026-11-27\n")]
        case .reason: [("competitor]", "competitor, duplicate]")]
        case .calendarWindow: [("mon-fri: 09:00-18:00", "mon-fri: 09:00-17:30")]
        case .version: [("version: 2.1.0", "version: 2.1.1")]
        case .expressionOperator: [("employees > 100", "employees >= 100")]
        case .durationClock: [("accept_within: 1 business hour", "accept_within: 1 hour")]
        case .expediteOrder: [
            ("    - when: \"count(demo_request, 3 days) >= 1\"\n      first_touch_within: 15 minutes\n    - when: \"score >= 150\"\n      first_touch_within: 1 business hour\n",
             "    - when: \"score >= 150\"\n      first_touch_within: 1 business hour\n    - when: \"count(demo_request, 3 days) >= 1\"\n      first_touch_within: 15 minutes\n"),
        ]
        case .volumeTarget: [("mqls: 250", "mqls: 260")]
        case .conversionRate: [("mql_to_sql: 25%", "mql_to_sql: 25.5%")]
        case .channelMinimum: [("email: 3", "email: 4")]
        case .timeZone: [("timezone: Asia/Singapore", "timezone: Asia/Tokyo")]
        case .enumValue: [("budget: [unknown, none, approved]", "budget: [unknown, none, pending, approved]")]
        }
    }
}
