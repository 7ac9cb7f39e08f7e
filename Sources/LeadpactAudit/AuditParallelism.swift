import Foundation

/// How an audit splits its work over the cores. The result never depends on it; tests set
/// small sizes to run the splitting on small inputs.
struct AuditParallelism: Sendable {
    /// Byte ranges a JSON-lines file is read in at most (one per core by default).
    var readParts = ProcessInfo.processInfo.activeProcessorCount
    /// The smallest range worth reading on its own.
    var minimumReadPart = 8 << 20
    /// Lead ranges checked on their own at most (a few per core, to even out the load).
    var checkParts = ProcessInfo.processInfo.activeProcessorCount * 4
    /// The fewest events worth a lead range of their own.
    var eventsPerCheckPart = 100_000
    /// Threads the events are grouped by lead on (one per core by default).
    var orderParts = ProcessInfo.processInfo.activeProcessorCount
}
