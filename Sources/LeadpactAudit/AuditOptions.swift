/// How far an audit has come, for a progress display.
public struct AuditProgress: Sendable {
    /// The stage running.
    public enum Stage: String, Sendable {
        case reading, ordering, checking, reporting
    }

    /// The stage running.
    public var stage: Stage
    /// Lines read so far (all files).
    public var linesRead: Int

    /// Creates a progress report.
    public init(stage: Stage, linesRead: Int) {
        self.stage = stage
        self.linesRead = linesRead
    }
}

/// Options for `Auditor.audit`.
public struct AuditOptions: Sendable {
    /// Fail with `AuditError.badLines` when any line is bad (`--strict`).
    public var strict: Bool
    /// Called at each stage and every million lines read.
    public var progress: (@Sendable (AuditProgress) -> Void)?
    /// Whether to summarise every cycle of the period (`AuditResult.cycles`). Only the
    /// metrics read the summaries, so reports without metrics (JSON, CSV) and the trend's
    /// earlier periods skip them, which saves time and memory on a large log.
    public var summarisesCycles: Bool
    /// How many periods before the report's (`ReportPeriod.preceding`) to count for the
    /// compliance trend (`AuditResult.trend`), in the same read and check pass; 0 for none.
    public var trendPeriods: Int
    /// Periods to count per rule and outcome in the same read and check pass
    /// (`AuditResult.counted`), in place of the `trendPeriods` before the report's when not
    /// empty. Each may lie anywhere up to the report's end and may overlap it; the check
    /// starts at the earliest one's start. Each period's counts are what an audit of that
    /// period alone gives.
    public var countedPeriods: [ReportPeriod] = []
    /// Whether volume and conversion targets whose period ended by the report's end are
    /// judged (reported met or breached). A caller that wants only what is still open turns
    /// it off: the queue, whose audit reaches back to 1900, would otherwise judge every month
    /// of a contract without an `effective` date since then.
    public var judgesEndedTargets = true
    /// Whether each summarised cycle keeps a snapshot of the lead at its handoff (score,
    /// explicit rules held, activities logged: `CycleSummary.handoff`). Only the review reads
    /// it, so the audit's own reports do not pay for it on every handoff of the log.
    public var snapshotsHandoffs = false
    /// How the work is split over the cores.
    var parallelism = AuditParallelism()

    /// Creates options.
    public init(
        strict: Bool = false, summarisesCycles: Bool = true, trendPeriods: Int = 0,
        progress: (@Sendable (AuditProgress) -> Void)? = nil
    ) {
        self.strict = strict
        self.summarisesCycles = summarisesCycles
        self.trendPeriods = trendPeriods
        self.progress = progress
    }
}
