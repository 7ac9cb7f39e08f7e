import Foundation
import LeadpactCalendar
import LeadpactContract
import LeadpactExpressions

/// The clocks sales obligations run on: the contract's business calendars, the choice of
/// one per cycle, and due-time arithmetic in milliseconds.
struct SalesClock: Sendable {
    /// A calendar with its name.
    typealias Named = (name: String, calendar: BusinessCalendar)

    /// `sales.calendar` with its names resolved to calendars once (`nil`: the name is not
    /// a calendar of the contract).
    private enum Choice {
        case none
        case single(Named?)
        case byField(field: String, calendars: [String: Named?], fallback: Named?)
    }

    private let choice: Choice

    /// Builds every calendar of `contract` once.
    init(contract: Contract) throws(AuditError) {
        var calendars: [String: BusinessCalendar] = [:]
        for (name, spec) in contract.calendars {
            do {
                calendars[name] = try BusinessCalendar(spec: spec)
            } catch {
                throw AuditError.unknownTimeZone(spec.timeZone)
            }
        }
        let named = { (name: String) -> Named? in calendars[name].map { (name, $0) } }
        switch contract.sales?.calendar {
        case nil: choice = .none
        case .single(let name): choice = .single(named(name))
        case .byField(let field, let mapping, let fallback):
            choice = .byField(field: field, calendars: mapping.mapValues(named), fallback: fallback.flatMap(named))
        }
    }

    /// The calendar for a cycle, chosen from the lead's state at its mql; `nil` when
    /// `sales.calendar` is absent or maps the lead's value to nothing.
    func chooseCalendar(for state: LeadState) -> Named? {
        switch choice {
        case .none: return nil
        case .single(let chosen): return chosen
        case .byField(let field, let calendars, let fallback):
            guard let value = state.value(of: field), let mapped = calendars[Self.mappingKey(value)] else { return fallback }
            return mapped
        }
    }

    /// `start + duration` in milliseconds; `nil` when a business duration has no calendar.
    static func due(after start: Int64, _ duration: SLADuration, calendar: BusinessCalendar?) -> Int64? {
        switch duration {
        case .wallClock(let seconds):
            let (millis, overflow) = seconds.multipliedReportingOverflow(by: 1000)
            let (sum, overflow2) = start.addingReportingOverflow(millis)
            return overflow || overflow2 ? Int64.max : sum
        case .businessTime, .businessDays:
            guard let calendar else { return nil }
            return millis(calendar.add(duration, to: date(start)))
        }
    }

    /// Business seconds between two instants on `calendar`, wall seconds without one.
    static func seconds(from start: Int64, to end: Int64, calendar: BusinessCalendar?) -> Int64 {
        guard end > start else { return 0 }
        guard let calendar else { return (end - start) / 1000 }
        return calendar.elapsed(from: date(start), to: date(end))
    }

    /// The `Date` of a millisecond timestamp.
    static func date(_ millis: Int64) -> Date { Date(timeIntervalSince1970: Double(millis) / 1000) }

    /// The millisecond timestamp of a `Date` (rounded to the millisecond).
    static func millis(_ date: Date) -> Int64 {
        let value = (date.timeIntervalSince1970 * 1000).rounded()
        guard value.isFinite, abs(value) < 9.0e18 else { return value < 0 ? Int64.min : Int64.max }
        return Int64(value)
    }

    private static func mappingKey(_ value: Value) -> String {
        switch value {
        case .enumCase(let text), .string(let text): text
        case .int(let v): String(v)
        case .number(let v): String(v)
        case .bool(let v): v ? "true" : "false"
        }
    }
}
