import LeadpactCalendar
import LeadpactDiagnostics

extension SemanticVersion {
    /// Parses `MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]` as semver.org defines it: numbers
    /// without leading zeros, identifiers of letters, digits and `-` separated by dots.
    public init?(parsing text: String) {
        var rest = Substring(text)
        var build: String?
        if let plus = rest.firstIndex(of: "+") {
            build = String(rest[rest.index(after: plus)...])
            rest = rest[..<plus]
            guard let build, Self.isIdentifierList(build) else { return nil }
        }
        var prerelease: String?
        if let dash = rest.firstIndex(of: "-") {
            prerelease = String(rest[rest.index(after: dash)...])
            rest = rest[..<dash]
            guard let prerelease, Self.isIdentifierList(prerelease) else { return nil }
        }
        let numbers = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard numbers.count == 3 else { return nil }
        var values: [Int] = []
        for number in numbers {
            guard !number.isEmpty, number.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }),
                  number == "0" || !number.hasPrefix("0"), let value = Int(number)
            else { return nil }
            values.append(value)
        }
        self.init(major: values[0], minor: values[1], patch: values[2], prerelease: prerelease, build: build)
    }

    private static func isIdentifierList(_ text: String) -> Bool {
        let identifiers = text.split(separator: ".", omittingEmptySubsequences: false)
        return identifiers.allSatisfy { identifier in
            !identifier.isEmpty && identifier.unicodeScalars.allSatisfy {
                ("0"..."9").contains($0) || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || $0 == "-"
            }
        }
    }
}
