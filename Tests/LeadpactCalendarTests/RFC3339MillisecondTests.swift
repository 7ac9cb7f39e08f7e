import LeadpactCalendar
import Testing

@Suite struct RFC3339MillisecondTests {
    @Test func readsOffsetsZuluAndMilliseconds() {
        #expect(RFC3339.parseMilliseconds("1970-01-01T00:00:00Z") == .success(0))
        #expect(RFC3339.parseMilliseconds("1970-01-01T01:00:00+01:00") == .success(0))
        #expect(RFC3339.parseMilliseconds("1969-12-31T19:00:00-05:00") == .success(0))
        #expect(RFC3339.parseMilliseconds("1970-01-01T00:00:01.5z") == .success(1500))
        #expect(RFC3339.parseMilliseconds("1970-01-01t00:00:00.123456789Z") == .success(123))
        #expect(RFC3339.parseMilliseconds("2026-11-16T10:00:00-05:00") == .success(1_794_841_200_000))
    }

    @Test func refusesWhatIsNotRFC3339WithAnOffset() {
        #expect(RFC3339.parseMilliseconds("2026-11-16T10:00:00") == .failure(.noOffset))
        #expect(RFC3339.parseMilliseconds("2026-11-16T10:00:00.5") == .failure(.noOffset))
        #expect(RFC3339.parseMilliseconds("2026-11-16") == .failure(.malformed))
        #expect(RFC3339.parseMilliseconds("2026-11-16T10:00Z") == .failure(.malformed))
        #expect(RFC3339.parseMilliseconds("2026-11-16T10:00:00+0500") == .failure(.malformed))
        #expect(RFC3339.parseMilliseconds("2026-11-16T10:00:00.Z") == .failure(.malformed))
        #expect(RFC3339.parseMilliseconds("2026-11-16T10:00:00Z ") == .failure(.malformed))
        #expect(RFC3339.parseMilliseconds("2026-13-01T10:00:00Z") == .failure(.invalidDate))
        #expect(RFC3339.parseMilliseconds("2026-11-16T24:00:00Z") == .failure(.invalidDate))
        #expect(RFC3339.parseMilliseconds("2026-11-16T10:60:00Z") == .failure(.invalidDate))
    }

    @Test func aRememberedDayGivesWhatAFreshParseGives() {
        let texts = [
            "2026-11-16T10:00:00-05:00", "2026-11-16T10:00:01Z", "2026-11-16T24:00:00Z", "2026-11-16T10:00:00",
            "2026-11-16", "2026-11-16x10:00:00Z", "2026-11-17T00:00:00.250+01:00", "2026-02-29T10:00:00Z",
            "2026-02-29T11:00:00Z", "2028-02-29T10:00:00Z", "2028-02-29T23:59:59-12:00", "2026-11-1", "",
            "2026-11-16T10:00:00-05:00",
        ]
        var memo = RFC3339.DayMemo()
        for text in texts {
            var bytes = text
            let remembered = bytes.withUTF8 { RFC3339.parseMilliseconds(bytes: $0, memo: &memo) }
            #expect(remembered == RFC3339.parseMilliseconds(text), "\(text)")
        }
    }
}
