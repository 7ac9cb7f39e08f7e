/// Prints a `Double` the same way every time: the shortest digits that read back as the same
/// value, laid out like ECMAScript's `Number.prototype.toString` (and RFC 8785):
/// `20`, `0.5`, `1.25`, `0.000001`, `1e-7`, `1e+21`, `-2.5`. Negative zero prints as `0`;
/// infinities and NaN, which JSON cannot hold, print as `null`.
public enum CanonicalNumberFormatter {
    /// The canonical text of `value`.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        guard value != 0 else { return "0" }
        let (digits, pointPosition) = shortestDigits(of: value.magnitude)
        return (value < 0 ? "-" : "") + layout(digits: digits, pointPosition: pointPosition)
    }

    /// The shortest round-trip decimal digits of a positive finite value, without leading or
    /// trailing zeros, and `n` such that the value is `0.DIGITS × 10^n`.
    ///
    /// Swift's `description` already produces the shortest round-trip digits; this only reads
    /// them back out of its `1.25e-07` / `1250.0` layout.
    static func shortestDigits(of value: Double) -> (digits: [Character], pointPosition: Int) {
        let text = value.description
        let parts = text.split(separator: "e", maxSplits: 1)
        let mantissa = parts.first.map(String.init) ?? text
        let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let pieces = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integerPart = Array(pieces[0])
        let fractionPart = pieces.count > 1 ? Array(pieces[1]) : []
        var digits = integerPart + fractionPart
        var pointPosition = integerPart.count + exponent
        while digits.first == "0" {
            digits.removeFirst()
            pointPosition -= 1
        }
        while digits.last == "0" {
            digits.removeLast()
        }
        return (digits, pointPosition)
    }

    /// ECMAScript's layout of `0.DIGITS × 10^n`.
    static func layout(digits: [Character], pointPosition n: Int) -> String {
        let k = digits.count
        let all = String(digits)
        if k <= n && n <= 21 {
            return all + String(repeating: "0", count: n - k)
        }
        if 0 < n && n <= 21 {
            return String(digits[..<n]) + "." + String(digits[n...])
        }
        if -6 < n && n <= 0 {
            return "0." + String(repeating: "0", count: -n) + all
        }
        let exponent = n - 1
        let sign = exponent < 0 ? "-" : "+"
        let head = k == 1 ? all : String(digits[0]) + "." + String(digits[1...])
        return head + "e" + sign + String(exponent.magnitude)
    }
}
