import Foundation
import OOXMLReader

/// Fiscal years as people write them: `令和6年度`, `R6`, `2024`, `2024年度`, `２０２４`, `令和元年度`,
/// `H30`, `平成30年度` (SPEC §4), or a date (April–March).
public enum YearParser {
    /// The fiscal year of a cell value, or nil when it is not a recognisable year.
    public static func parse(_ value: CellValue?) -> FiscalYear? {
        guard let value else { return nil }
        switch value {
        case .number(let n):
            guard n == n.rounded(), (1989...2200).contains(Int(n)) else { return nil }
            return FiscalYear(Int(n))
        case .date(let d):
            return FiscalYear(d.month >= 4 ? d.year : d.year - 1)
        default:
            return parse(value.text)
        }
    }

    /// The fiscal year written in a text, or nil.
    public static func parse(_ text: String) -> FiscalYear? {
        var s = TextNormalizer.normalize(text).filter { !$0.isWhitespace }.uppercased()
        for suffix in ["年度", "年", "FY", "度"] where s.hasSuffix(suffix) {
            s.removeLast(suffix.count)
        }
        if s.hasPrefix("FY") { s.removeFirst(2) }
        let eras: [(prefixes: [String], base: Int)] = [(["令和", "R"], 2018), (["平成", "H"], 1988)]
        for era in eras {
            for prefix in era.prefixes where s.hasPrefix(prefix) {
                let rest = String(s.dropFirst(prefix.count)).replacingOccurrences(of: ".", with: "")
                if rest == "元" { return FiscalYear(era.base + 1) }
                guard let n = Int(rest), n >= 1, n <= 99 else { return nil }
                return FiscalYear(era.base + n)
            }
        }
        guard s.count == 4, let n = Int(s), (1989...2200).contains(n) else { return nil }
        return FiscalYear(n)
    }
}
