import Foundation
import LeadpactAudit

/// One self-overwriting line on standard error showing how far a long audit has come, shown
/// only when standard error is a terminal (never in a pipe, a file or CI logs).
final class AuditProgressLine: Sendable {
    /// Whether the line is shown at all.
    let isShown: Bool

    /// A progress line, shown when standard error is an interactive terminal.
    init(isShown: Bool = isatty(FileHandle.standardError.fileDescriptor) == 1) {
        self.isShown = isShown
    }

    /// The callback to hand to `AuditOptions.progress`, or `nil` when nothing is shown.
    var callback: (@Sendable (AuditProgress) -> Void)? {
        guard isShown else { return nil }
        return { progress in
            let text = "\r\u{1B}[Kleadpact: \(progress.stage.rawValue)… \(Self.grouped(progress.linesRead)) lines read"
            StandardStreams.writeError(text)
        }
    }

    /// Clears the line once the audit is done.
    func finish() {
        guard isShown else { return }
        StandardStreams.writeError("\r\u{1B}[K")
    }

    /// `12,345,678`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }
}
