import Foundation
import LeadpactCalendar
import LeadpactDiagnostics

/// LP411: every zone (the contract's and each calendar's) must be an IANA identifier that
/// the system's time-zone database knows, such as `America/New_York`.
enum TimeZoneCheck: ContractCheck {
    static let sections: [String] = []

    static func run(on draft: ContractDraft, context: CompilationContext) {
        for (path, zone) in draft.timeZones {
            check(zone, at: path, context: context)
        }
    }

    private static func check(_ zone: String, at path: ContractPath, context: CompilationContext) {
        guard TimeZone(identifier: zone) == nil else { return }
        let range = context.sourceMap.value(at: path)
        let guess = Suggestion.closest(to: zone, in: TimeZone.knownTimeZoneIdentifiers)
        context.report(
            .invalidTimeZone,
            "'\(path.display)': '\(zone)' is not an IANA time zone" + (guess.map { "; did you mean '\($0)'?" } ?? ""),
            at: range,
            notes: [DiagnosticNote("write a zone of the tz database, such as America/New_York or Europe/Berlin")],
            fixIts: guess.map { [FixIt("replace with '\($0)'", range: range, replacement: $0)] } ?? []
        )
    }
}
