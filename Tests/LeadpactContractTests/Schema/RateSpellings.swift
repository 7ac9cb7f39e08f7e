/// Generated spellings of a conversion rate, right and wrong, for comparing what the compiler
/// accepts with what the schema validates: every number form with leading zeros and decimals,
/// and a handful of numbers with every kind of spacing, sign and stray character.
enum RateSpellings {
    static let all: [String] = numberForms + spacedForms + oddities

    /// Leading zeros × whole parts × decimals, written `NUMBER%`.
    private static let numberForms: [String] = {
        let leads = ["", "0", "00", "0000000"]
        let wholes = ["0", "1", "5", "10", "20", "99", "100", "101", "250", "1000000"]
        let fractions = ["", ".", ".0", ".00", ".000", ".5", ".05", ".50", ".01", ".99", ".123"]
        return leads.flatMap { lead in
            wholes.flatMap { whole in fractions.map { lead + whole + $0 + "%" } }
        }
    }()

    /// A few numbers × the blank between number and sign × signs × blank around the rate.
    private static let spacedForms: [String] = {
        let numbers = ["5", "20.5", "0.05", "100", "0", "101"]
        let gaps = ["", " ", "   ", "\t", "\u{A0}"]
        let signs = ["%", "", "%%", "\u{FF05}"]
        let surroundings = [("", ""), (" ", ""), ("", " "), ("\t", ""), ("", "\n"), ("\n", ""), (" ", " "), ("\u{FEFF}", "")]
        return numbers.flatMap { number in
            gaps.flatMap { gap in
                signs.flatMap { sign in surroundings.map { $0.0 + number + gap + sign + $0.1 } }
            }
        }
    }()

    /// Other things a rate could look like.
    private static let oddities = [
        "", "%", " %", "-5%", "+5%", "-0.5%", ".5%", "5.%", "1e1%", "20.5.1%", "%20", "20%20", "0x10%",
        "1_0%", "1,5%", "\u{0665}%", "\u{FF15}%", "20\u{2009}%", "twenty%", "20 percent", "0.2", "20",
    ]
}
