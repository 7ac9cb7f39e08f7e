import ArgumentParser
import LeadpactAudit

/// The audit behind `audit`, `backtest`, `review` and `queue`, run with the progress line on
/// standard error, its failure turned into the exit status those commands document.
enum AuditRun {
    /// What `job` returns; `job` gets the progress callback to pass in its `AuditOptions`. A
    /// failure prints `error: …` (and, for bad lines under `--strict`, each of them) and exits:
    /// 3 for bad lines, 2 for anything else (a file that cannot be read, an unknown zone).
    static func perform<Result>(
        _ job: (_ progress: (@Sendable (AuditProgress) -> Void)?) throws(AuditError) -> Result
    ) throws -> Result {
        let progress = AuditProgressLine()
        do {
            let result = try job(progress.callback)
            progress.finish()
            return result
        } catch {
            progress.finish()
            StandardStreams.writeErrorLine(error.description)
            if case .badLines(_, let issues) = error {
                for issue in issues { StandardStreams.writeErrorLine("\(issue.file):\(issue.line): \(issue.message)") }
                throw ExitCode(3)
            }
            throw ExitCode(2)
        }
    }
}
