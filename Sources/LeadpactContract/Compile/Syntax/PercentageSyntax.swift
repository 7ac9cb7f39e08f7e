import LeadpactCalendar
import LeadpactDiagnostics

/// The syntax of a rate: a percentage such as `20%` or `12.5%`, kept exactly as basis points
/// (hundredths of a percent). The number is ASCII digits, leading zeros allowed (`05%` is 5%),
/// with at most two decimals; spaces may stand between it and the `%` (`20 %`), but not
/// around the rate. A bare number is rejected, because `0.2` and `20` would each be read as a
/// different rate by someone; the fix-it spells the percentage out. The contract schema's
/// pattern accepts the same spellings (docs/contract-language.md).
enum PercentageSyntax {
    /// Why the text is not a percentage, with the percentage the writer probably meant.
    struct Problem: Error {
        var message: String
        var suggestion: String?
    }

    /// The most digits the whole part may have once leading zeros are dropped.
    private static let maximumWholeDigits = 6

    /// The rate in basis points (20% = 2000).
    static func basisPoints(_ text: String) -> Result<Int, Problem> {
        if let points = percentage(Substring(text)) { return .success(points) }
        let trimmed = Substring(text).trimmed
        if trimmed != text, percentage(Substring(trimmed)) != nil {
            return .failure(Problem(
                message: "'\(text)' has blank space around the rate; write it without, e.g. \(trimmed)",
                suggestion: trimmed
            ))
        }
        guard trimmed.hasSuffix("%") else {
            return .failure(Problem(
                message: "'\(text)' is not a percentage; write the rate with a percent sign, e.g. 20%",
                suggestion: suggestion(forBare: trimmed)
            ))
        }
        return .failure(Problem(
            message: "'\(text)' is not a percentage; write a number with at most two decimals and '%', e.g. 12.5%"
        ))
    }

    /// `NUMBER %` exactly, with only spaces before the sign.
    private static func percentage(_ text: Substring) -> Int? {
        guard text.hasSuffix("%") else { return nil }
        var body = text.dropLast()
        while body.hasSuffix(" ") { body = body.dropLast() }
        return basisPoints(ofDecimal: body)
    }

    /// `[-]DIGITS[.D[D]]` in basis points; nil for anything else, or a whole part too long to be
    /// a rate.
    private static func basisPoints(ofDecimal text: Substring) -> Int? {
        let negative = text.hasPrefix("-")
        let digits = negative ? text.dropFirst() : text
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty,
              parts.allSatisfy({ $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } })
        else { return nil }
        let significant = parts[0].drop { $0 == "0" }
        guard significant.count <= maximumWholeDigits else { return nil }
        let whole = Int(significant) ?? 0
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
        guard let points = basisPoints(ofDecimal: Substring(text)) else { return nil }
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
