@testable import LeadpactAudit
import Testing

@Suite struct AuditRuleTests {
    @Test func ordinalIsThePlaceInAllCases() {
        #expect(AuditRule.allCases.map(\.ordinal) == Array(AuditRule.allCases.indices))
    }

    @Test func eventKindNamesAreTheLogsSpelling() {
        for kind in EventKind.allCases {
            #expect(EventKind(name: kind.name) == kind)
            var name = kind.name
            #expect(name.withUTF8 { EventKind(utf8: $0) } == kind)
        }
        #expect(EventKind.disqualified.name == "disqualified")
        #expect("touc".utf8.withContiguousStorageIfAvailable { EventKind(utf8: $0) } == .some(nil))
    }
}
