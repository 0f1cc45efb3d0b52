import Foundation

/// A Japanese fiscal year (年度, April–March), named by the calendar year it starts in.
///
/// 令和N年度 = FY 2018+N: 令和5年度 is FY2023 (April 2023 – March 2024).
public struct FiscalYear: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The western year the fiscal year starts in (2024 for 令和6年度).
    public let year: Int

    public init(_ year: Int) {
        self.year = year
    }

    /// 令和 year number (2024 → 6); values below 1 belong to 平成.
    public var reiwa: Int { year - 2018 }

    /// `令和6年度` (or `平成30年度` before 2019, `令和元年度` for 2019).
    public var label: String {
        if year >= 2019 {
            return year == 2019 ? "令和元年度" : "令和\(reiwa)年度"
        }
        if year >= 1989 { return year == 1989 ? "平成元年度" : "平成\(year - 1988)年度" }
        return "\(year)年度"
    }

    /// 1 April of the fiscal year, 0:00 Japan time: the one fixed date behind every workbook the
    /// tool writes for a year (forms and reports alike), so that reruns give the same bytes.
    /// Nil only for a year the calendar cannot represent.
    public var firstDay: Date? {
        var calendar = Calendar(identifier: .gregorian)
        guard let japan = TimeZone(identifier: "Asia/Tokyo") else { return nil }
        calendar.timeZone = japan
        return calendar.date(from: DateComponents(year: year, month: 4, day: 1))
    }

    /// `R6` style short label.
    public var shortLabel: String { year >= 2019 ? "R\(reiwa)" : "\(year)" }

    public var description: String { label }

    /// The previous fiscal year.
    public var previous: FiscalYear { FiscalYear(year - 1) }

    public static func < (l: FiscalYear, r: FiscalYear) -> Bool { l.year < r.year }
}
