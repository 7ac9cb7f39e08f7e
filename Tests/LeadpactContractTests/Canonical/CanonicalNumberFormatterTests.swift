import Foundation
import Testing
@testable import LeadpactContract

@Suite struct CanonicalNumberFormatterTests {
    @Test(arguments: [
        (0.0, "0"), (-0.0, "0"), (1.0, "1"), (-2.5, "-2.5"), (20.0, "20"), (0.5, "0.5"),
        (0.1, "0.1"), (1.25, "1.25"), (100.0, "100"), (123456.789, "123456.789"),
        (0.000001, "0.000001"), (0.0000001, "1e-7"), (1.5e-7, "1.5e-7"),
        (1e20, "100000000000000000000"), (1e21, "1e+21"), (1.5e300, "1.5e+300"),
        (Double.leastNonzeroMagnitude, "5e-324"), (1.7976931348623157e308, "1.7976931348623157e+308"),
        (0.30000000000000004, "0.30000000000000004"), (9007199254740993.0, "9007199254740992"),
    ])
    func formatsLikeECMAScript(value: Double, expected: String) {
        #expect(CanonicalNumberFormatter.format(value) == expected)
    }

    @Test func nonFiniteValuesPrintAsNull() {
        #expect(CanonicalNumberFormatter.format(.infinity) == "null")
        #expect(CanonicalNumberFormatter.format(-.infinity) == "null")
        #expect(CanonicalNumberFormatter.format(.nan) == "null")
    }

    @Test func everyPrintedValueReadsBackExactly() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let value = Double(bitPattern: generator.next())
            guard value.isFinite else { continue }
            let text = CanonicalNumberFormatter.format(value)
            #expect(Double(text) == (value == 0 ? 0 : value), "\(value) printed as \(text)")
        }
    }

    @Test(arguments: [0.1, 0.2, 1.0 / 3.0, 2.0 / 3.0, 123.456, 1e-10, 6.02214076e23, 2.5e-8, 1234.5])
    func printedDigitsAreTheFewestThatReadBack(value: Double) {
        let text = CanonicalNumberFormatter.format(value)
        let mantissa = text.split(separator: "e").first.map(String.init) ?? text
        var digits = Array(mantissa.filter(\.isNumber))
        while digits.first == "0" { digits.removeFirst() }
        while digits.last == "0" { digits.removeLast() }
        #expect(Double(text) == value)
        if digits.count > 1 {
            let shorter = String(format: "%.\(digits.count - 2)e", value)
            #expect(Double(shorter) != value, "\(shorter) would also read back as \(value)")
        }
    }
}
