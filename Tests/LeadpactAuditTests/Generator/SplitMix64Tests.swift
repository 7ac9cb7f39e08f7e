import LeadpactAudit
import Testing

@Suite struct SplitMix64Tests {
    @Test func matchesTheReferenceSequence() {
        // The reference C implementation's first outputs for seed 0.
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func staysInsideRanges() {
        var rng = SplitMix64(seed: 42)
        for _ in 0..<10_000 {
            let value = rng.int(in: -3...7)
            #expect((-3...7).contains(value))
            let unit = rng.unit()
            #expect(unit >= 0 && unit < 1)
        }
    }

    @Test func weightedIndexSkipsZeroWeights() {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<1_000 {
            #expect(rng.weightedIndex([0, 2, 0, 1]) != 0)
        }
        #expect(rng.weightedIndex([]) == 0)
    }

    @Test func skewedDrawsCentreOnTheMedian() {
        var rng = SplitMix64(seed: 9)
        let draws = (0..<4_001).map { _ in rng.skewed(median: 30, spread: 2) }.sorted()
        #expect(draws[2_000] > 25 && draws[2_000] < 36)
        #expect(draws.allSatisfy { $0 > 0 })
    }
}
