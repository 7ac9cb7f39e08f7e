public import LeadpactCalendar
public import LeadpactExpressions

/// A calendar period for targets, in the contract's time zone.
public enum TargetPeriod: String, Hashable, Sendable, CaseIterable {
    case month
    case quarter
}

/// The `marketing:` section.
public struct MarketingCommitments: Hashable, Sendable {
    /// MQL volume targets.
    public var volume: [VolumeTarget]
    /// Keys every `mql` event's context must carry.
    public var handoffContext: [String]
    /// The MQL → SQL conversion target, if any.
    public var conversion: ConversionTarget?

    /// Creates the commitments.
    public init(volume: [VolumeTarget], handoffContext: [String], conversion: ConversionTarget?) {
        self.volume = volume
        self.handoffContext = handoffContext
        self.conversion = conversion
    }
}

/// `{ mqls: N, per: month, where: EXPR }`.
public struct VolumeTarget: Hashable, Sendable {
    public var mqls: Int
    public var per: TargetPeriod
    /// The segment the target counts, `nil` = all leads.
    public var segment: Expression?
    /// The `where` text as written, for reports.
    public var segmentSource: String?

    /// Creates a target.
    public init(mqls: Int, per: TargetPeriod, segment: Expression?, segmentSource: String?) {
        self.mqls = mqls
        self.per = per
        self.segment = segment
        self.segmentSource = segmentSource
    }
}

/// `conversion: { mql_to_sql: 20%, per: quarter }`.
public struct ConversionTarget: Hashable, Sendable {
    /// The required share, in basis points (20% = 2000), so it compares exactly.
    public var basisPoints: Int
    public var per: TargetPeriod

    /// Creates a target.
    public init(basisPoints: Int, per: TargetPeriod) {
        self.basisPoints = basisPoints
        self.per = per
    }
}

/// The `sales:` section.
public struct SalesCommitments: Hashable, Sendable {
    /// Which calendar a cycle's sales clock runs on.
    public var calendar: CalendarSelection?
    /// Time allowed from the mql to the first accept/reject/disqualify/sql.
    public var acceptWithin: SLADuration?
    /// Time allowed from the mql to the first touch.
    public var firstTouchWithin: SLADuration?
    /// Faster first-touch rules; the first match at the mql wins.
    public var expedite: [ExpediteRule]
    /// The touch sequence owed before a lead may be recycled.
    public var sequence: TouchSequence?
    /// Allowed reasons for rejected/disqualified/recycled/renurture.
    public var reasons: [String]

    /// Creates the commitments.
    public init(
        calendar: CalendarSelection?, acceptWithin: SLADuration?, firstTouchWithin: SLADuration?,
        expedite: [ExpediteRule], sequence: TouchSequence?, reasons: [String]
    ) {
        self.calendar = calendar
        self.acceptWithin = acceptWithin
        self.firstTouchWithin = firstTouchWithin
        self.expedite = expedite
        self.sequence = sequence
        self.reasons = reasons
    }
}

/// `sales.calendar`: one calendar's name, or a mapping from a field's values.
public enum CalendarSelection: Hashable, Sendable {
    /// Every cycle uses this calendar.
    case single(String)
    /// The calendar is chosen by the lead's `field` at the mql: its value's calendar, else `fallback`.
    case byField(field: String, calendars: [String: String], fallback: String?)
}

/// `{ when: EXPR, first_touch_within: DURATION }`.
public struct ExpediteRule: Hashable, Sendable {
    public var when: Expression
    public var firstTouchWithin: SLADuration

    /// Creates a rule.
    public init(when: Expression, firstTouchWithin: SLADuration) {
        self.when = when
        self.firstTouchWithin = firstTouchWithin
    }
}

/// `sequence: { touches, within, channels }`.
public struct TouchSequence: Hashable, Sendable {
    /// Touches owed in total.
    public var touches: Int
    /// Time allowed from the mql.
    public var within: SLADuration
    /// Minimum touches per channel.
    public var channels: [String: Int]

    /// Creates a sequence.
    public init(touches: Int, within: SLADuration, channels: [String: Int]) {
        self.touches = touches
        self.within = within
        self.channels = channels
    }
}
