import Foundation

/// A change as the machine forms show it (`diff --format json`, the backtest's `changes`):
/// `{"path","kind","old","new","direction","side","summary"}`, absent values as `null`.
extension ContractChange: Encodable {
    /// Encodes the change's seven keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(kind, forKey: .kind)
        try container.encode(old, forKey: .old)
        try container.encode(new, forKey: .new)
        try container.encode(direction, forKey: .direction)
        try container.encode(side, forKey: .side)
        try container.encode(summary, forKey: .summary)
    }

    private enum JSONKeys: String, CodingKey { case path, kind, old, new, direction, side, summary }
}
