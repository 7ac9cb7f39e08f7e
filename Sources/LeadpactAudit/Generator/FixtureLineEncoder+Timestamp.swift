import LeadpactCalendar

extension FixtureLineEncoder {
    /// Appends `YYYY-MM-DDTHH:MM:SS±HH:MM` for `instant` seen at `offset` seconds east of UTC
    /// (without the offset when `withOffset` is false: a deliberately bad line).
    func appendTimestamp(_ instant: Int64, offset: Int64, withOffset: Bool, to out: inout [UInt8]) {
        let local = instant + offset
        let secondOfDay = ((local % 86_400) + 86_400) % 86_400
        let date = LocalDate(daysSinceEpoch: Int((local - secondOfDay) / 86_400))
        digits(date.year, width: 4, to: &out)
        out.append(UInt8(ascii: "-"))
        digits(date.month, width: 2, to: &out)
        out.append(UInt8(ascii: "-"))
        digits(date.day, width: 2, to: &out)
        out.append(UInt8(ascii: "T"))
        digits(Int(secondOfDay / 3_600), width: 2, to: &out)
        out.append(UInt8(ascii: ":"))
        digits(Int(secondOfDay / 60 % 60), width: 2, to: &out)
        out.append(UInt8(ascii: ":"))
        digits(Int(secondOfDay % 60), width: 2, to: &out)
        guard withOffset else { return }
        if offset == 0 {
            out.append(UInt8(ascii: "Z"))
            return
        }
        out.append(UInt8(ascii: offset < 0 ? "-" : "+"))
        let minutes = Int(abs(offset) / 60)
        digits(minutes / 60, width: 2, to: &out)
        out.append(UInt8(ascii: ":"))
        digits(minutes % 60, width: 2, to: &out)
    }

    /// Zero-padded decimal digits of a non-negative number.
    private func digits(_ value: Int, width: Int, to out: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = max(0, value)
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8((rest / divisor) % 10))
            rest %= divisor
            divisor /= 10
        }
    }
}
