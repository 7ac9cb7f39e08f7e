/// A simulated sales rep with habits: how fast they accept and touch, how carefully they log
/// reasons, and whether they finish the touch sequence before giving up on a lead.
struct SalesRep: Sendable {
    /// The name written in `to` and `by`.
    let name: String
    /// Index of the working clock (region calendar) the rep works on.
    let clock: Int
    /// Typical business minutes from handoff to accepting.
    let acceptMedianMinutes: Double
    /// Typical business minutes from accepting to the first touch.
    let touchMedianMinutes: Double
    /// Chance that a reason the rep logs is missing, blank or misspelled.
    let sloppiness: Double
    /// Chance that the rep completes the full touch sequence on a lead that goes nowhere.
    let diligence: Double
    /// Chance that the rep jumps on an urgent lead within minutes.
    let urgency: Double

    /// The team for one region: `count` reps with a spread of habits, named uniquely by `namer`.
    static func team(clock: Int, count: Int, rng: inout SplitMix64, namer: inout RepNamer) -> [SalesRep] {
        (0..<max(1, count)).map { _ in
            let style = rng.weightedIndex([0.35, 0.45, 0.2])  // fast, steady, slow
            let accept = [8.0, 18.0, 45.0][style] * (0.8 + rng.unit() * 0.4)
            let touch = [8.0, 20.0, 55.0][style] * (0.8 + rng.unit() * 0.4)
            let sloppy = rng.chance(0.25)
            return SalesRep(
                name: namer.next(rng: &rng), clock: clock,
                acceptMedianMinutes: accept, touchMedianMinutes: touch,
                sloppiness: sloppy ? 0.3 + rng.unit() * 0.2 : rng.unit() * 0.03,
                diligence: style == 2 ? 0.35 : 0.6 + rng.unit() * 0.35,
                urgency: style == 0 ? 0.85 : style == 1 ? 0.55 : 0.2
            )
        }
    }
}

/// Hands out unique, readable rep names (`alice`, `bruno`, …, then `alice.b`, …).
struct RepNamer {
    private static let firstNames = [
        "alice", "bruno", "chloe", "dmitri", "elena", "farid", "greta", "hiro", "ines", "jonas",
        "kwame", "lena", "marco", "nadia", "oscar", "priya", "quentin", "rosa", "sven", "tara",
        "umar", "vera", "wes", "xenia", "yusuf", "zoe", "amara", "bjorn", "carla", "diego",
        "emma", "felix", "gina", "hugo", "ivy", "jamal", "kira", "liam", "maya", "nils",
    ]
    private var used: Set<String> = []

    /// A name not handed out before.
    mutating func next(rng: inout SplitMix64) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        while true {
            let first = Self.firstNames[rng.int(in: 0...(Self.firstNames.count - 1))]
            let candidate = used.contains(first) ? "\(first).\(letters[rng.int(in: 0...25)])\(letters[rng.int(in: 0...25)])" : first
            if used.insert(candidate).inserted { return candidate }
        }
    }
}
