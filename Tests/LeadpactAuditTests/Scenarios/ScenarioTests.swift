import Foundation
import LeadpactAudit
import LeadpactContract
import Testing

/// Runs every folder under `fixtures/scenarios/`: compiles its `contract.yaml`, audits its
/// event files for each run in `scenario.json`, and compares the JSON report with the run's
/// expected file as values (keys the expected file leaves out are not compared; arrays must
/// match in length and order).
@Suite struct ScenarioTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/scenarios")

    static var names: [String] {
        let items = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return items.filter { FileManager.default.fileExists(atPath: root.appendingPathComponent("\($0)/scenario.json").path) }.sorted()
    }

    @Test func everyRuleHasAScenario() {
        for rule in AuditRule.allCases {
            #expect(Self.names.contains(rule.rawValue), "no scenario folder for \(rule.rawValue)")
        }
    }

    @Test(arguments: names)
    func scenario(_ name: String) throws {
        let folder = Self.root.appendingPathComponent(name)
        let compiled = ContractCompiler.compile(path: folder.appendingPathComponent("contract.yaml").path)
        let contract = try #require(compiled.contract, "contract.yaml does not compile: \(compiled.diagnostics)")
        let scenario = try ScenarioFile(folder: folder)
        for run in scenario.runs {
            let period = try run.period(timeZone: contract.metadata.timeZone)
            let files = run.events.map { folder.appendingPathComponent($0).path }
            let result = try Auditor.audit(
                contract: contract, digest: contract.digest, eventFiles: files, period: period, options: AuditOptions())
            var actual = try JSONSerialization.jsonObject(with: Data(JSONReportRenderer().render(result).utf8))
            actual = Self.relativeFiles(actual, folder: folder.path + "/")
            let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent(run.expected)))
            let problems = JSONSubset.mismatches(expected: expected, actual: actual, path: run.expected)
            #expect(problems.isEmpty, "\(name): \(problems.joined(separator: "\n"))")
        }
    }

    /// Issue files as written in the scenario (relative to its folder).
    private static func relativeFiles(_ value: Any, folder: String) -> Any {
        if let text = value as? String, text.hasPrefix(folder) { return String(text.dropFirst(folder.count)) }
        if let array = value as? [Any] { return array.map { relativeFiles($0, folder: folder) } }
        if let object = value as? [String: Any] { return object.mapValues { relativeFiles($0, folder: folder) } }
        return value
    }
}

/// `scenario.json`: a description and one or more runs (period, event files, expected report).
struct ScenarioFile {
    struct Run {
        var week: String?
        var month: String?
        var from: String?
        var to: String?
        var events: [String]
        var expected: String

        func period(timeZone: String) throws -> ReportPeriod {
            if let week { return try ReportPeriod.week(week, timeZone: timeZone) }
            if let month { return try ReportPeriod.month(month, timeZone: timeZone) }
            return try ReportPeriod.range(from: from ?? "", to: to ?? "", timeZone: timeZone)
        }
    }

    var runs: [Run]

    init(folder: URL) throws {
        let data = try Data(contentsOf: folder.appendingPathComponent("scenario.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let runs = try #require(object["runs"] as? [[String: Any]], "scenario.json needs a runs list")
        self.runs = try runs.map { run in
            let period = try #require(run["period"] as? [String: String], "each run needs a period")
            return Run(
                week: period["week"], month: period["month"], from: period["from"], to: period["to"],
                events: run["events"] as? [String] ?? ["events.jsonl"], expected: run["expected"] as? String ?? "expected.json")
        }
    }
}

/// Compares JSON values: every key of an expected object must match, arrays element by element.
enum JSONSubset {
    static func mismatches(expected: Any, actual: Any, path: String) -> [String] {
        switch (expected, actual) {
        case (let e as [String: Any], let a as [String: Any]):
            return e.keys.sorted().flatMap { key -> [String] in
                guard let value = a[key] else { return ["\(path).\(key): missing"] }
                return mismatches(expected: e[key] as Any, actual: value, path: "\(path).\(key)")
            }
        case (let e as [Any], let a as [Any]):
            guard e.count == a.count else {
                return ["\(path): expected \(e.count) items, found \(a.count): \(describe(a))"]
            }
            return zip(e, a).enumerated().flatMap { mismatches(expected: $1.0, actual: $1.1, path: "\(path)[\($0)]") }
        case (is NSNull, is NSNull):
            return []
        case (let e as String, let a as String):
            return e == a ? [] : ["\(path): expected \(e), found \(a)"]
        case (let e as NSNumber, let a as NSNumber) where !(e is NSNull):
            return e == a ? [] : ["\(path): expected \(e), found \(a)"]
        default:
            return ["\(path): expected \(describe(expected)), found \(describe(actual))"]
        }
    }

    private static func describe(_ value: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys]) else {
            return "\(value)"
        }
        return String(decoding: data, as: UTF8.self)
    }
}
