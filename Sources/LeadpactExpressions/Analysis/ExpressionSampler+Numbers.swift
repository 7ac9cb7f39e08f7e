extension ExpressionSampler {
    /// Whole numbers meeting every outcome of comparisons with `literals`: for each constant c,
    /// ⌊c⌋ − 1, ⌊c⌋, ⌈c⌉ and ⌈c⌉ + 1 (those that fit in 64 bits), and 0.
    ///
    /// Between two neighbouring samples no constant's floor or ceiling lies strictly inside, so
    /// every whole number there compares with each constant like the sample next to it.
    static func wholeSamples(_ literals: [Value]) -> [Int64] {
        var samples: Set<Int64> = [0]
        for literal in literals {
            guard let value = literal.numericValue, value.isFinite else { continue }
            for bound in [value.rounded(.down), value.rounded(.up)] {
                guard let whole = Int64(exactly: bound) else { continue }
                samples.insert(whole)
                let (below, underflow) = whole.subtractingReportingOverflow(1)
                if !underflow { samples.insert(below) }
                let (above, overflow) = whole.addingReportingOverflow(1)
                if !overflow { samples.insert(above) }
            }
        }
        return samples.sorted()
    }

    /// Decimal numbers meeting every outcome of comparisons with `literals`: each constant,
    /// one value below the smallest, one above the largest, and one between each neighbouring
    /// pair; 0 when there are no constants.
    static func numberSamples(_ literals: [Value]) -> [Double] {
        let points = Set(literals.compactMap { $0.numericValue }.filter(\.isFinite)).sorted()
        guard let lowest = points.first, let highest = points.last else { return [0] }
        var samples = points
        samples.append(lowest.nextDown)
        samples.append(highest.nextUp)
        for (a, b) in zip(points, points.dropFirst()) {
            let middle = a / 2 + b / 2
            if middle > a && middle < b { samples.append(middle) }
        }
        return samples.sorted()
    }
}
