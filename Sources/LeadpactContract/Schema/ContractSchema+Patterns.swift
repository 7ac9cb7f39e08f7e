extension ContractSchema {
    /// The regular expressions (ECMA-262, as JSON Schema uses them) of the contract's value
    /// forms. They follow what the compiler reads; the compiler still has the last word
    /// (a date that does not exist, a window that starts and ends at once, an unknown zone).
    enum Pattern {
        static let contractID = "^[a-z0-9-]+$"
        /// Fields, enum values, activities: words an expression can name.
        static let name = "^[A-Za-z_][A-Za-z0-9_]*$"
        static let calendarName = "^[A-Za-z0-9_-]+$"
        static let nonBlank = "\\S"
        static let timeZone = "^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$"
        static let semanticVersion =
            "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)"
            + "(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$"
        static let date = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
        /// Above 0% and at most 100%, with at most two decimals; leading zeros and spaces before
        /// the `%` are allowed, blank space around the rate is not (the compiler's rate syntax).
        static let percentage = "^0*(100(\\.0{1,2})?|[1-9][0-9]?(\\.[0-9]{1,2})?|0\\.([1-9][0-9]?|0[1-9])) *%$"

        /// Wall-clock units, long and short, in any letter case.
        private static let wallUnits = alternatives(["minutes", "minute", "m", "hours", "hour", "h", "days", "day", "d", "weeks", "week", "w"])
        /// Business units: no weeks (a calendar's week need not have five working days).
        private static let businessUnits = alternatives(["minutes", "minute", "m", "hours", "hour", "h", "days", "day", "d"])
        private static let wallForm = "[0-9]+\\s*\(wallUnits)"
        static let wallDuration = "^\\s*\(wallForm)\\s*$"
        static let salesDuration = "^\\s*(\(wallForm)|[0-9]+\\s+\(caseless("business"))\\s+\(businessUnits))\\s*$"

        private static let startClock = "([01]?[0-9]|2[0-3]):[0-5][0-9]"
        private static let endClock = "(\(startClock)|24:00)"
        private static let window = "\(startClock)\\s*-\\s*\(endClock)"
        /// One or more windows separated by commas.
        static let windows = "^\\s*\(window)(\\s*,\\s*\(window))*\\s*$"

        private static let day = "(mon|tue|wed|thu|fri|sat|sun)"
        private static let dayItem = "\(day)(\\s*-\\s*\(day))?"
        /// Days, ranges of days and lists of both: `mon`, `mon-fri`, `mon,wed`, `mon-wed,fri`.
        static let days = "^\\s*\(dayItem)(\\s*,\\s*\(dayItem))*\\s*$"

        /// Words of the expression language no declared name may take.
        static let keywords = ["and", "or", "not", "in", "true", "false"]
        /// Built-in names of the expression language no field or enum value may take.
        static let builtins = ["score", "explicit_score", "implicit_score", "count", "known"]

        /// `(a|b|c)` with every letter matched in either case.
        private static func alternatives(_ words: [String]) -> String {
            "(" + words.map(caseless).joined(separator: "|") + ")"
        }

        /// `minute` → `[mM][iI][nN][uU][tT][eE]`.
        private static func caseless(_ word: String) -> String {
            word.map { letter in
                let lower = letter.lowercased(), upper = letter.uppercased()
                return lower == upper ? lower : "[\(lower)\(upper)]"
            }.joined()
        }
    }
}
