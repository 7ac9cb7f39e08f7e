import Foundation
import LeadpactContract
import LeadpactDiagnostics
import Testing

/// Feeds the compiler well over 10 000 damaged and hostile documents: truncations and byte
/// mutations of the shipped contracts, deep nesting, alias bombs and huge scalars. Each must
/// compile to a result (no crash, no hang) whose contract is present exactly when there is
/// no error, with every diagnostic pointing inside the document.
@Suite(.timeLimit(.minutes(5))) struct CompilerRobustnessTests {
    static let seeds: [[UInt8]] = PackageFiles.list("contracts", suffix: ".sla.yaml").compactMap { path in
        try? [UInt8](Data(contentsOf: PackageFiles.root.appendingPathComponent(path)))
    }

    /// Bytes that change YAML's structure or the contract language's meaning.
    static let interesting: [UInt8] = Array(":-[]{}\"'\n #&*!|>%@,.?0123456789abz_\t".utf8) + [0x00, 0xFF, 0xC3, 0xE2]

    /// A small deterministic generator (SplitMix64), so a failure can be reproduced.
    struct Generator {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(max(bound, 1)))
        }
    }

    static func check(_ bytes: [UInt8], _ label: String) {
        let result = ContractCompiler.compile(bytes: bytes, path: "fuzz.sla.yaml")
        #expect((result.contract == nil) == result.hasErrors, "\(label)")
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
        for diagnostic in result.diagnostics {
            guard let range = diagnostic.range else { continue }
            #expect(range.start.line >= 1 && range.start.column >= 1 && range.start.line <= lines + 1, "\(label): \(diagnostic)")
        }
    }

    @Test func truncationsOfEveryShippedContract() {
        var count = 0
        for seed in Self.seeds {
            let step = max(1, seed.count / 1_500)
            for end in stride(from: 0, through: seed.count, by: step) {
                Self.check(Array(seed[..<end]), "truncated at \(end)")
                count += 1
            }
        }
        #expect(count >= 3_000)
    }

    @Test func byteMutationsOfEveryShippedContract() {
        var generator = Generator(state: 2026)
        var count = 0
        for seed in Self.seeds where !seed.isEmpty {
            for round in 0..<2_500 {
                var bytes = seed
                for _ in 0...generator.next(4) {
                    let at = generator.next(bytes.count)
                    switch generator.next(4) {
                    case 0: bytes[at] = Self.interesting[generator.next(Self.interesting.count)]
                    case 1: bytes.remove(at: at)
                    case 2: bytes.insert(Self.interesting[generator.next(Self.interesting.count)], at: at)
                    default:
                        let length = min(generator.next(40), bytes.count - at)
                        bytes.insert(contentsOf: bytes[at..<(at + length)], at: at)
                    }
                    if bytes.isEmpty { break }
                }
                Self.check(bytes, "mutation round \(round)")
                count += 1
            }
        }
        #expect(count >= 7_500)
    }

    @Test func hostileDocuments() {
        let header = "leadpact: 1\ncontract: { id: t, title: T, version: 1.0.0, timezone: UTC, parties: { marketing: M, sales: S } }\n"
        let hostile: [String] = [
            header + "fields: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000),
            header + "fields:\n" + (0..<400).map { String(repeating: " ", count: $0 + 2) + "k\($0):\n" }.joined(),
            header + "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                + "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n",
            header + "activities: &acts [a, b]\nfields: { f: *acts, g: *acts }\n",
            String(repeating: "x", count: 1_000_000),
            header.replacingOccurrences(of: "title: T", with: "title: " + String(repeating: "é", count: 200_000)),
            header + "fields: { n: int }\nstages:\n  sql:\n    when: \"" + String(repeating: "n > 1 and ", count: 20_000) + "n > 1\"\n",
            header + "fields: { n: int }\nstages:\n  sql:\n    when: \"" + String(repeating: "(", count: 50_000) + "\"\n",
            header + "scoring:\n  explicit:\n    - { if: \"true\", points: 99999999999999999999999 }\n",
            header + "marketing:\n  volume:\n" + String(repeating: "    - { mqls: 9223372036854775807, per: month }\n", count: 3),
            header + "sales:\n  sequence: { touches: 9223372036854775807, within: 9223372036854775807 weeks, channels: { a: 9223372036854775807, b: 9223372036854775807 } }\n",
            header + "sales:\n  accept_within: 9223372036854775807 business weeks\n  first_touch_within: 153722867280912931 weeks\n",
            header + "activities: [" + (0..<20_000).map { "a\($0)" }.joined(separator: ", ") + "]\n",
            header + "calendars:\n  c:\n    timezone: UTC\n    hours: { \"mon,tue,wed,thu,fri,sat,sun,mon-sun\": \"00:00-24:00, 23:59-00:01\" }\n",
            "\u{FEFF}" + header + "\0\0\0",
            header + "---\n" + header,
            "- " + String(repeating: "- ", count: 10_000) + "x\n",
        ]
        for (index, text) in hostile.enumerated() {
            Self.check(Array(text.utf8), "hostile document \(index)")
        }
    }
}
