import Foundation
import LeadpactAudit
import LeadpactCalendar
import LeadpactContract
import Testing

@Suite struct FixtureGeneratorTests {
    static let options = FixtureOptions(leads: 400, weeks: 12, seed: 2026, start: LocalDate(year: 2026, month: 9, day: 7))

    static func generate(_ options: FixtureOptions = options) throws -> (bytes: [UInt8], summary: FixtureSummary) {
        var bytes: [UInt8] = []
        let summary = try FixtureGenerator(contract: SampleContracts.acmeGlobal, options: options).generate { bytes += $0 }
        return (bytes, summary)
    }

    static func lines(_ bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test func sameSeedSameBytesOtherSeedOtherBytes() throws {
        let first = try Self.generate(), again = try Self.generate()
        #expect(first.bytes == again.bytes)
        var other = Self.options
        other.seed = 2027
        #expect(try Self.generate(other).bytes != first.bytes)
    }

    @Test func summaryCountsWhatWasWritten() throws {
        let (bytes, summary) = try Self.generate()
        let lines = Self.lines(bytes)
        #expect(summary.lines == lines.count)
        #expect(summary.bytes == bytes.count)
        #expect(summary.leads == 400)
        #expect(summary.linesByType.values.reduce(0, +) + summary.badLines == summary.lines)
        for type in ["profile", "activity", "mql", "assigned", "accepted", "rejected", "touch", "sql", "disqualified", "recycled", "won", "lost"] {
            #expect((summary.linesByType[type] ?? 0) > 0, "no \(type) lines")
        }
    }

    @Test func everyGoodLineIsJSONThatFitsTheContract() throws {
        let contract = SampleContracts.acmeGlobal
        let (bytes, summary) = try Self.generate()
        var bad = 0
        for line in Self.lines(bytes) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let ts = object["ts"] as? String, ts.hasSuffix(":00") || ts.contains("+") || ts.contains("-0"),
                  ts.count == 25
            else { bad += 1; continue }
            let type = object["type"] as? String ?? ""
            if type == "activity" {
                guard let activity = object["activity"] as? String, contract.activities.contains(activity) else { bad += 1; continue }
            }
            if type == "touch" { #expect(["call", "email", "linkedin"].contains(object["channel"] as? String ?? "")) }
            if let set = object["set"] as? [String: Any] {
                #expect(set.keys.allSatisfy { contract.fields[$0] != nil })
            }
        }
        #expect(bad == summary.badLines)
        #expect(bad > 0)
    }

    @Test func offsetsFollowEachRegionsZoneAcrossDST() throws {
        let (bytes, _) = try Self.generate()
        var offsets: Set<String> = []
        let formatter = ISO8601DateFormatter()
        for line in Self.lines(bytes) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let ts = object["ts"] as? String, ts.count == 25, let instant = formatter.date(from: ts)
            else { continue }
            let offset = String(ts.suffix(6))
            offsets.insert(offset)
            let zone = offset.hasPrefix("-") ? "America/New_York" : "Europe/Berlin"
            let expected = TimeZone(identifier: zone)?.secondsFromGMT(for: instant) ?? 0
            let sign = offset.hasPrefix("-") ? -1 : 1
            let written = sign * ((Int(offset.dropFirst().prefix(2)) ?? 0) * 3_600 + (Int(offset.suffix(2)) ?? 0) * 60)
            #expect(written == expected, "\(ts)")
        }
        #expect(offsets == ["-04:00", "-05:00", "+02:00", "+01:00"])
    }

    @Test func repsActOnlyInTheirWorkingHours() throws {
        let contract = SampleContracts.acmeGlobal
        let (bytes, _) = try Self.generate()
        let formatter = ISO8601DateFormatter()
        var checked = 0
        for line in Self.lines(bytes) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let type = object["type"] as? String, ["accepted", "recycled", "sql"].contains(type),
                  let ts = object["ts"] as? String, ts.count == 25, formatter.date(from: ts) != nil
            else { continue }
            let spec = ts.suffix(6).hasPrefix("-") ? contract.calendars["na"] : contract.calendars["emea"]
            guard let spec, let date = LocalDate(iso: ts.prefix(10)) else { continue }
            let minute = (Int(ts.dropFirst(11).prefix(2)) ?? 0) * 60 + (Int(ts.dropFirst(14).prefix(2)) ?? 0)
            let open = spec.windows(on: date).contains { $0.start <= minute && minute <= $0.end }
            #expect(open, "\(type) outside hours: \(ts)")
            checked += 1
        }
        #expect(checked > 100)
    }

    @Test func linesArriveMostlyInTimeOrder() throws {
        let (bytes, _) = try Self.generate()
        let formatter = ISO8601DateFormatter()
        let instants = Self.lines(bytes).compactMap { line -> Date? in
            guard let range = line.range(of: #""ts":""#) else { return nil }
            return formatter.date(from: String(line[range.upperBound...].prefix(25)))
        }
        let inversions = zip(instants, instants.dropFirst()).filter { $0 > $1 }.count
        #expect(inversions > 0)
        #expect(inversions * 20 < instants.count)
    }

    @Test func rejectsSizesOutOfRange() {
        var options = Self.options
        options.leads = 0
        #expect(throws: FixtureError.self) { try FixtureGenerator(contract: SampleContracts.acmeGlobal, options: options) }
    }
}

@Suite struct FixtureGeneratorShippedContractTests {
    @Test func generatesForTheShippedContract() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let compiled = ContractCompiler.compile(path: root.appendingPathComponent("contracts/acme-global.sla.yaml").path)
        let contract = try #require(compiled.contract)
        var bytes: [UInt8] = []
        let summary = try FixtureGenerator(contract: contract, options: FixtureOptions(leads: 60, weeks: 2, seed: 5, start: LocalDate(year: 2026, month: 10, day: 26)))
            .generate { bytes += $0 }
        #expect(summary.lines > 200)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(#""title":""#))
        #expect(text.contains(#""type":"mql""#))
    }
}

@Suite struct ShippedFixtureLogTests {
    /// fixtures/acme-global-12w.jsonl is exactly what the command in fixtures/README.md writes.
    @Test func shippedLogMatchesItsRecordedCommand() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let contract = try #require(ContractCompiler.compile(path: root.appendingPathComponent("contracts/acme-global.sla.yaml").path).contract)
        var bytes: [UInt8] = []
        let options = FixtureOptions(leads: 500, weeks: 12, seed: 20_260_907, start: LocalDate(year: 2026, month: 9, day: 7))
        try FixtureGenerator(contract: contract, options: options).generate { bytes += $0 }
        let shipped = try Data(contentsOf: root.appendingPathComponent("fixtures/acme-global-12w.jsonl"))
        #expect(Array(shipped) == bytes, "regenerate fixtures/acme-global-12w.jsonl with the command in fixtures/README.md")
    }
}
