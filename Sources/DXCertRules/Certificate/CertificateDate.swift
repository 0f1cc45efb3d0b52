import Foundation

/// The date printed on a year's certificates (認定日): a calendar day, or the text the clerk
/// typed when it does not read as one (printed as it is).
public enum CertificateDate: Hashable, Sendable {
    case day(year: Int, month: Int, day: Int)
    case text(String)

    /// The default when the 年度 sheet leaves 認定日 blank: the last day of the fiscal year
    /// (3月31日 of the following calendar year).
    public static func lastDay(of year: FiscalYear) -> CertificateDate {
        .day(year: year.year + 1, month: 3, day: 31)
    }

    /// A day when `year`/`month`/`day` name a real date in 2000–2100 (the template's input
    /// rule: a small number typed into the date cell reads as a day of 1900), else nil.
    public static func checkedDay(year: Int, month: Int, day: Int) -> CertificateDate? {
        guard (2000...2100).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = DateComponents(year: year, month: month, day: day)
        guard let date = calendar.date(from: parts) else { return nil }
        let back = calendar.dateComponents([.year, .month, .day], from: date)
        guard back.year == year, back.month == month, back.day == day else { return nil }
        return .day(year: year, month: month, day: day)
    }

    /// `令和8年3月31日` (the Japanese era; 令和 from 2019年5月1日, 平成 before, 元年 for the first
    /// year), or the typed text.
    public var japanese: String {
        switch self {
        case .text(let text): return text
        case .day(let year, let month, let day):
            let reiwa = (year, month) >= (2019, 5)
            let heisei = !reiwa && year >= 1989
            guard reiwa || heisei else { return "\(year)年\(month)月\(day)日" }
            let number = reiwa ? year - 2018 : year - 1988
            return "\(reiwa ? "令和" : "平成")\(number == 1 ? "元" : String(number))年\(month)月\(day)日"
        }
    }

    /// `2026-03-31`, or the typed text (the `--json` form).
    public var iso: String {
        switch self {
        case .text(let text): return text
        case .day(let year, let month, let day):
            return String(format: "%04d-%02d-%02d", year, month, day)
        }
    }
}
