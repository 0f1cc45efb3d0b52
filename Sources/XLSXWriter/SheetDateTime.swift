import CXLSXWriter
import Foundation

/// A calendar date and wall-clock time as Excel stores it: no time zone, 1900 date system.
public struct SheetDateTime: Hashable, Sendable, CustomStringConvertible {
    /// Year (1900–9999).
    public var year: Int
    /// Month (1–12).
    public var month: Int
    /// Day of the month.
    public var day: Int
    /// Hour (0–23).
    public var hour: Int
    /// Minute (0–59).
    public var minute: Int
    /// Second, with fractions (0 ≤ second < 60).
    public var second: Double

    /// A date, optionally with a time of day.
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Double = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// The wall-clock reading of `date` in `timeZone` (Japan: `TimeZone(identifier: "Asia/Tokyo")`).
    public init(_ date: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .nanosecond], from: date)
        self.init(
            year: c.year ?? 1900, month: c.month ?? 1, day: c.day ?? 1,
            hour: c.hour ?? 0, minute: c.minute ?? 0,
            second: Double(c.second ?? 0) + Double(c.nanosecond ?? 0) / 1e9)
    }

    /// True when the time of day is midnight.
    public var isDateOnly: Bool { hour == 0 && minute == 0 && second == 0 }

    /// `2025-04-01` or `2025-04-01T09:30:00`.
    public var description: String {
        let date = String(format: "%04d-%02d-%02d", year, month, day)
        return isDateOnly ? date : date + String(format: "T%02d:%02d:%02d", hour, minute, Int(second))
    }

    /// Why Excel cannot store this date, or nil when it can.
    var problem: WriterError.ArgumentProblem? {
        guard (1900...9999).contains(year) else { return .yearOutOfRange(year) }
        guard (1...12).contains(month) else { return .monthOutOfRange(month) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let days =
            calendar.range(
                of: .day, in: .month,
                for: calendar.date(from: DateComponents(year: year, month: month, day: 1))!)?.count ?? 31
        guard (1...days).contains(day) else { return .noSuchDay(year: year, month: month, day: day) }
        guard (0...23).contains(hour), (0...59).contains(minute), second >= 0, second < 60 else {
            return .invalidTime(hour: hour, minute: minute, second: second)
        }
        return nil
    }

    var lxw: lxw_datetime {
        lxw_datetime(year: Int32(year), month: Int32(month), day: Int32(day), hour: Int32(hour), min: Int32(minute), sec: second)
    }

    /// Excel's serial number (1900 system, including Excel's 29 Feb 1900).
    public var excelSerial: Double {
        var value = lxw
        return lxw_datetime_to_excel_datetime(&value)
    }
}
