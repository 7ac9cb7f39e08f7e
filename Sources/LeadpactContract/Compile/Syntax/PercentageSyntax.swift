import LeadpactCalendar
import LeadpactDiagnostics

/// The syntax of a rate: a percentage such as `20%` or `12.5%`, kept exactly as basis points
/// (hundredths of a percent). A bare number is rejected, because `0.2` and `20` would each be
/// read as a different rate by someone; the fix-it spells the percentage out.
enum PercentageSyntax {
    /// Why the text is not a percentage, with the percentage the writer probably meant.
    struct Problem: Error {
        var message: String
        var suggestion: String?
    }

    /// The rate in basis points (20% = 2000).
    static func basisPoints(_ text: String) -> Result<Int, Problem> {
        let body = text.hasSuffix("%") ? text.dropLast().trimmed : nil
        guard let body else {
            return .failure(Problem(
                message: "'\(text)' is not a percentage; write the rate with a percent sign, e.g. 20%",
                suggestion: suggestion(forBare: text)
            ))
        }
        guard let points = basisPoints(ofDecimal: body) else {
            return .failure(Problem(
                message: "'\(text)' is not a percentage; write a number with at most two decimals and '%', e.g. 12.5%"
            ))
        }
        return .success(points)
    }

    private static func basisPoints(ofDecimal text: String) -> Int? {
        let negative = text.hasPrefix("-")
        let digits = negative ? String(text.dropFirst()) : text
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 6,
              parts.allSatisfy({ $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }),
              let whole = Int(parts[0])
        else { return nil }
        var fraction = 0
        if parts.count == 2 {
            guard (1...2).contains(parts[1].count), let value = Int(parts[1]) else { return nil }
            fraction = parts[1].count == 1 ? value * 10 : value
        }
        let points = whole * 100 + fraction
        return negative ? -points : points
    }

    /// `0.2` → `20%`, `20` → `20%`: what a bare number most likely meant.
    private static func suggestion(forBare text: String) -> String? {
        guard let points = basisPoints(ofDecimal: text) else { return nil }
        return format(basisPoints: points <= 100 ? points * 100 : points)
    }

    /// `2000` → `20%`, `1250` → `12.5%`.
    static func format(basisPoints: Int) -> String {
        let whole = basisPoints / 100, fraction = abs(basisPoints % 100)
        if fraction == 0 { return "\(whole)%" }
        let decimals = fraction % 10 == 0 ? "\(fraction / 10)" : (fraction < 10 ? "0\(fraction)" : "\(fraction)")
        return "\(whole).\(decimals)%"
    }
}
