import Foundation

/// Renders an obligation queue in one output format; a pure function of the queue.
public protocol QueueRenderer {
    /// The whole queue as text.
    func render(_ queue: ObligationQueue) -> String
}

/// The formats `leadpact queue --format` accepts.
public enum QueueFormat: String, CaseIterable, Hashable, Sendable {
    case text, markdown, html, json

    /// The renderer of the format.
    public var renderer: any QueueRenderer {
        switch self {
        case .text: QueueTextRenderer()
        case .markdown: QueueMarkdownRenderer()
        case .html: QueueHTMLRenderer()
        case .json: QueueJSONRenderer()
        }
    }
}

/// Wording shared by the queue's human-readable formats.
enum QueueText {
    /// Business time as hours and minutes (a business day is no 24 hours): `26h 30m`,
    /// `45m`, `-3h 05m`; `—` without a calendar.
    static func business(_ seconds: Int64?) -> String {
        guard let seconds else { return "—" }
        if seconds < 0 { return "-" + business(seconds == Int64.min ? Int64.max : -seconds) }
        let hours = seconds / 3_600, minutes = seconds / 60 % 60
        if hours > 0 { return "\(hours)h \(minutes < 10 ? "0" : "")\(minutes)m" }
        return minutes > 0 ? "\(minutes)m" : "\(seconds)s"
    }

    /// Wall time, as the audit writes durations: `1d 14h`, `2h 05m`, `-45m`.
    static func wall(_ seconds: Int64) -> String { ReportText.duration(seconds) }

    /// `2026-11-25 10:00` in the contract's zone (the header names the zone).
    static func local(_ instant: Date, _ clock: ReportClock) -> String {
        String(clock.format(instant).prefix(16)).replacingOccurrences(of: "T", with: " ")
    }

    /// `3 breaching · 41 open · 12 owners`, given `queue.owners` (computed once per render).
    static func summary(_ queue: ObligationQueue, owners: [OwnerQueue]) -> String {
        let owners = owners.count
        return "\(queue.breaching.count) breaching · \(queue.open.count) open · \(owners) owner\(owners == 1 ? "" : "s")"
    }

    /// What the times mean, with the window when one applies.
    static func legend(_ queue: ObligationQueue) -> String {
        var text = "Times in \(queue.contract.timeZone); time left in business time on each lead's calendar, then in wall time."
        if let within = queue.within { text += " Open obligations due within \(within.text)." }
        return text
    }
}
