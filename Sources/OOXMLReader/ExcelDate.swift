import Foundation

/// A date/time shown by a cell, broken into calendar fields (proleptic Gregorian, no time zone).
public struct ExcelDateTime: Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int
    public let hour: Int
    public let minute: Int
    public let second: Int

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// True when the time of day is exactly midnight.
    public var isWholeDay: Bool { hour == 0 && minute == 0 && second == 0 }

    /// `YYYY-MM-DD` for a whole day, else `YYYY-MM-DDTHH:MM:SS`.
    public var iso: String {
        let d = String(format: "%04d-%02d-%02d", year, month, day)
        return isWholeDay ? d : d + String(format: "T%02d:%02d:%02d", hour, minute, second)
    }

    public var description: String { iso }

    /// Converts an Excel serial number to calendar fields, rounding to the nearest second.
    ///
    /// 1900 system: serial 1 is 1900-01-01 and Lotus's phantom 1900-02-29 is serial 60, so
    /// serials from 61 on are one day "late" against a plain count; serials below 1 fall on
    /// 1899-12-31 (time-only values). 1904 system: serial 0 is 1904-01-01.
    /// Returns nil for negative serials and for serials past 9999-12-31.
    public static func fromSerial(_ serial: Double, date1904: Bool) -> ExcelDateTime? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var totalSeconds = Int64((serial * 86_400).rounded())
        var days = totalSeconds / 86_400
        totalSeconds -= days * 86_400
        let hour = Int(totalSeconds / 3600)
        let minute = Int(totalSeconds % 3600 / 60)
        let second = Int(totalSeconds % 60)
        if date1904 {
            days += daysFromCivil(1904, 1, 1)
        } else {
            if days == 60 {
                return ExcelDateTime(year: 1900, month: 2, day: 29, hour: hour, minute: minute, second: second)
            }
            days += days < 60 ? daysFromCivil(1899, 12, 31) : daysFromCivil(1899, 12, 30)
        }
        let (y, m, d) = civilFromDays(days)
        guard y <= 9999 else { return nil }
        return ExcelDateTime(year: y, month: m, day: d, hour: hour, minute: minute, second: second)
    }

    /// The 1900-system serial of this date (for arithmetic on meeting dates and the like).
    public var serial1900: Double {
        var days = Self.daysFromCivil(year, month, day) - Self.daysFromCivil(1899, 12, 30)
        if days < 61 { days -= 1 }
        return Double(days) + Double(hour * 3600 + minute * 60 + second) / 86_400
    }

    /// Parses the ISO 8601 text of a `t="d"` cell: `2024-04-01`, `2024-04-01T09:30:00(.000)(Z)`,
    /// or a time alone (`10:10:10`, `T10:10:10`, placed on 1899-12-31 like a time-only serial).
    /// Fractions of a second round to the nearest second, carrying into the next day.
    /// Nil for text that is not such a date and for years outside 1–9999.
    public static func parseISO(_ text: String) -> ExcelDateTime? {
        if case .date(let d) = readISO(text) { return d }
        return nil
    }

    /// What the text of a `t="d"` cell turned out to be.
    enum ISOReading: Equatable {
        case date(ExcelDateTime)
        /// Not in the ISO 8601 shape read here (the cell stays text).
        case notADate
        /// A date shape whose year lies outside 1–9999 (a damaged file).
        case outOfRange
    }

    /// `parseISO`, telling a date out of range apart from text that is no date.
    ///
    /// Every number is range-checked before any arithmetic (the year before the day count), so
    /// no text can overflow: `99999999999999999-01-01` is `.outOfRange`, not a trap.
    static func readISO(_ text: String) -> ISOReading {
        let s = text.trimmingCharacters(in: .whitespaces)
        var datePart: Substring = ""
        var timePart: Substring?
        if let t = s.firstIndex(of: "T") {
            datePart = s[..<t]
            timePart = s[s.index(after: t)...]
        } else if s.contains(":") {
            timePart = Substring(s)
        } else {
            datePart = Substring(s)
        }
        var days = daysFromCivil(1899, 12, 31)
        if !datePart.isEmpty {
            let f = datePart.split(separator: "-")
            guard f.count == 3, let m = Int(f[1]), let d = Int(f[2]), (1...12).contains(m), (1...31).contains(d) else {
                return .notADate
            }
            if let y = Int(f[0]) {
                guard (1...9999).contains(y) else { return .outOfRange }
                days = daysFromCivil(y, m, d)
            } else {
                // Digits too many for Int are a year out of range too; anything else is no date.
                return ASCIIDigits.isUnsignedInteger(f[0]) ? .outOfRange : .notADate
            }
        }
        var seconds: Int64 = 0
        if var t = timePart {
            if let zone = t.firstIndex(where: { $0 == "Z" || $0 == "+" || $0 == "-" }) { t = t[..<zone] }
            let f = t.split(separator: ":")
            guard f.count >= 2, let h = Int(f[0]), let mi = Int(f[1]), (0...24).contains(h), (0...59).contains(mi) else {
                return .notADate
            }
            let sec = f.count > 2 ? Double(f[2]) : 0
            guard let sec, sec >= 0, sec < 61 else { return .notADate }
            seconds = Int64(h * 3600 + mi * 60) + Int64(sec.rounded())
        }
        days += seconds / 86_400
        seconds %= 86_400
        let (y, m, d) = civilFromDays(days)
        return .date(
            ExcelDateTime(
                year: y, month: m, day: d, hour: Int(seconds / 3600), minute: Int(seconds % 3600 / 60),
                second: Int(seconds % 60)))
    }

    /// Days since 1970-01-01 for a civil date (Howard Hinnant's algorithm).
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int64 {
        let y = Int64(m <= 2 ? y0 - 1 : y0)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = Int64((m + 9) % 12)
        let doy = (153 * mp + 2) / 5 + Int64(d) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil date of a day count since 1970-01-01.
    static func civilFromDays(_ z0: Int64) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (Int(m <= 2 ? y + 1 : y), Int(m), Int(d))
    }
}
