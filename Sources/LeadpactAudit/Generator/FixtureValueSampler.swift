import Foundation
import LeadpactExpressions

/// Draws plausible attribute values for a field from its declared type and name.
///
/// `fit` leans the value towards what the contract's stages look for: later enum values
/// (declared from least to most qualified, as `seniority: [ic, …, cxo]` and
/// `budget: [unknown, none, approved]` are), bigger companies, shorter timelines, `true`.
enum FixtureValueSampler {
    private static let titles = [
        "VP Marketing", "Head of Sales Ops", "CFO", "IT Director", "Growth Manager",
        "Chief Revenue Officer", "Procurement Lead", "Data Engineer", "COO", "Product Manager",
    ]

    /// A value for `field` of `type`.
    static func value(field: String, type: FieldType, fit: Bool, rng: inout SplitMix64) -> FixtureValue {
        switch type {
        case .enumeration(let values):
            guard !values.isEmpty else { return .text("") }
            let weights = values.indices.map { index in
                fit ? Double((index + 1) * (index + 1)) : Double(values.count - index)
            }
            return .text(values[rng.weightedIndex(weights)])
        case .int:
            return .int(integer(field: field, fit: fit, rng: &rng))
        case .number:
            return .number(Double(rng.int(in: 0...100_000)) / 100)
        case .bool:
            return .bool(rng.chance(fit ? 0.9 : 0.4))
        case .string:
            return .text(rng.element(of: titles) ?? "")
        }
    }

    /// A value for the routing field: the first declared value is the biggest region.
    static func routingValue(type: FieldType, rng: inout SplitMix64) -> FixtureValue? {
        guard case .enumeration(let values) = type, !values.isEmpty else { return nil }
        var weight = 1.0
        let weights = values.map { _ in defer { weight *= 0.6 }; return weight }
        return .text(values[rng.weightedIndex(weights)])
    }

    private static func integer(field: String, fit: Bool, rng: inout SplitMix64) -> Int {
        let name = field.lowercased()
        if name.contains("size") || name.contains("employees") {
            // Log-uniform company sizes; a good fit starts above the usual "> 50" bar.
            let low = fit ? log(60.0) : log(3.0), high = log(20_000.0)
            return Int(exp(low + rng.unit() * (high - low)))
        }
        if name.contains("day") {
            return fit ? rng.int(in: 14...90) : rng.int(in: 7...365)
        }
        return fit ? rng.int(in: 50...100) : rng.int(in: 0...100)
    }
}
