/// The wall-clock units a count window may be written in.
enum DurationUnit {
    /// Every accepted spelling with its length in seconds.
    static let lengths: [String: Int64] = [
        "m": 60, "minute": 60, "minutes": 60,
        "h": 3_600, "hour": 3_600, "hours": 3_600,
        "d": 86_400, "day": 86_400, "days": 86_400,
        "w": 604_800, "week": 604_800, "weeks": 604_800,
    ]

    /// The accepted spellings, for did-you-mean suggestions.
    static var names: [String] { lengths.keys.sorted() }

    /// The length of `unit` in seconds (any letter case, as in the contract's durations), or
    /// `nil` when it is not a unit.
    static func seconds(of unit: String) -> Int64? { lengths[unit.lowercased()] }

    /// The shortest canonical spelling of `seconds`: whole days (`7d`), else hours (`36h`), else
    /// minutes (`90m`), else seconds (`45s`, which only a program can build).
    static func format(seconds: Int64) -> String {
        for (unit, length) in [("d", Int64(86_400)), ("h", 3_600), ("m", 60)] where seconds % length == 0 {
            return "\(seconds / length)\(unit)"
        }
        return "\(seconds)s"
    }
}
