extension ContractSchema {
    /// The regular expressions (ECMA-262, as JSON Schema uses them) of the contract's value forms.
    enum Pattern {
        static let contractID = "^[a-z0-9-]+$"
        static let name = "^[A-Za-z_][A-Za-z0-9_]*$"
        static let nonBlank = "\\S"
        static let timeZone = "^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$"
        static let semanticVersion =
            "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)"
            + "(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$"
        static let date = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
        static let percentage = "^[0-9]+(\\.[0-9]+)?\\s*%$"

        private static let units = "(minutes?|hours?|days?|weeks?)"
        private static let shortForm = "[0-9]+[mhdw]"
        static let wallDuration = "^\\s*(\(shortForm)|[0-9]+\\s+\(units))\\s*$"
        static let salesDuration = "^\\s*(\(shortForm)|[0-9]+\\s+(business\\s+)?\(units))\\s*$"

        private static let clock = "([01][0-9]|2[0-3]):[0-5][0-9]"
        private static let window = "\(clock)\\s*-\\s*(\(clock)|24:00)"
        static let windows = "^\\s*\(window)(\\s*,\\s*\(window))*\\s*$"

        private static let day = "(mon|tue|wed|thu|fri|sat|sun)"
        private static let dayItem = "\(day)(\\s*-\\s*\(day))?"
        static let days = "^\\s*\(dayItem)(\\s*,\\s*\(dayItem))*\\s*$"
    }
}
