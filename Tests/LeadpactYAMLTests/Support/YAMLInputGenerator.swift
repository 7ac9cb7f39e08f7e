/// Generates hostile and malformed YAML inputs from a seed: truncations and mutations of a
/// realistic contract, deep nesting, alias bombs and huge scalars.
struct YAMLInputGenerator {
    /// The kinds of input the generator produces, in rotation.
    enum Kind: CaseIterable {
        case truncation, byteFlips, tokenInsertions, deepNesting, aliasBomb, hugeScalar
    }

    private var random: SplitMix64
    private let seedText: [UInt8]

    /// Tokens that matter to YAML's grammar, spliced into otherwise valid text.
    private static let tokens = [
        "[", "]", "{", "}", ":", ": ", "- ", ",", "? ", "&a ", "*a", "*zz", "'", "\"", "\t", "\n", "\r",
        "---\n", "...\n", "!!str ", "!x ", "|", ">-", "#", "%YAML 1.1\n", "%TAG ! tag:x,2000:\n", "<<: ",
        "\\", "\u{85}", "\u{2028}", "\u{FEFF}", "\0", "é", "⇄", "    ", "\n  - ", "\n    k: ",
    ]

    /// Creates a generator fixed by `seed`, mutating `seedText`.
    init(seed: UInt64, seedText: String = SampleContractText.text) {
        random = SplitMix64(seed: seed)
        self.seedText = Array(seedText.utf8)
    }

    /// The next input of the given kind.
    mutating func next(_ kind: Kind) -> [UInt8] {
        switch kind {
        case .truncation:
            return Array(seedText.prefix(Int.random(in: 0...seedText.count, using: &random)))
        case .byteFlips:
            var bytes = seedText
            for _ in 0..<Int.random(in: 1...8, using: &random) {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            return bytes
        case .tokenInsertions:
            var bytes = seedText
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                let token = Self.tokens[Int.random(in: 0..<Self.tokens.count, using: &random)]
                bytes.insert(contentsOf: Array(token.utf8), at: Int.random(in: 0...bytes.count, using: &random))
            }
            return bytes
        case .deepNesting:
            return deepNesting()
        case .aliasBomb:
            return aliasBomb()
        case .hugeScalar:
            return hugeScalar()
        }
    }

    private mutating func deepNesting() -> [UInt8] {
        let depth = Int.random(in: 100...3_000, using: &random)
        let balanced = Bool.random(using: &random)
        switch Int.random(in: 0..<3, using: &random) {
        case 0:
            let close = balanced ? String(repeating: "]", count: depth) : ""
            return Array(("x: " + String(repeating: "[", count: depth) + close + "\n").utf8)
        case 1:
            let close = balanced ? String(repeating: "}", count: depth) : ""
            return Array((String(repeating: "{a: ", count: depth) + "b" + close + "\n").utf8)
        default:
            return Array((String(repeating: "- ", count: depth) + "x\n").utf8)
        }
    }

    private mutating func aliasBomb() -> [UInt8] {
        let width = Int.random(in: 2...12, using: &random)
        let levels = Int.random(in: 2...12, using: &random)
        var text = "l0: &l0 [" + Array(repeating: "lol", count: width).joined(separator: ", ") + "]\n"
        for level in 1..<levels {
            let items = Array(repeating: "*l\(level - 1)", count: width).joined(separator: ", ")
            text += "l\(level): &l\(level) [\(items)]\n"
        }
        return Array(text.utf8)
    }

    private mutating func hugeScalar() -> [UInt8] {
        let length = Int.random(in: 900_000...1_100_000, using: &random)
        let quote = ["", "'", "\""][Int.random(in: 0..<3, using: &random)]
        var bytes = Array("title: \(quote)".utf8)
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "a"), count: length))
        bytes.append(contentsOf: Array("\(quote)\nid: x\n".utf8))
        return bytes
    }
}
