import Foundation

/// Fiscal years as people write them: `令和6年度`, `R6`, `2024`, `2024年度`, `２０２４`, `令和元年度`,
/// `H30`, `平成30年度` (docs/rules.md §6.6–6.7), or a date (April–March).
public enum YearParser {
    /// The fiscal years a file may name: from 平成元年度 on, up to a bound no real sheet reaches.
    public static let validRange = 1989...2200

    /// The fiscal year of a cell value, or nil when it is not a recognisable year.
    public static func parse(_ value: EnteredValue?) -> FiscalYear? {
        guard let value else { return nil }
        switch value {
        case .number(let n):
            return WholeNumber.exact(n, in: validRange).map(FiscalYear.init)
        case .date(let calendarYear, let month, _):
            let year = month >= 4 ? calendarYear : calendarYear - 1
            return validRange.contains(year) ? FiscalYear(year) : nil
        default:
            return parse(value.text)
        }
    }

    /// Why a cell value is not a fiscal year (Japanese, with what to type instead), for the
    /// 入力チェック sheet: `1e+19 は範囲外です（1989〜2200 の西暦か「令和6年度」のように入力してください）`.
    public static func problem(_ value: EnteredValue?) -> String {
        let how = "「令和6年度」「2024」のように入力してください"
        guard let value, !TextNormalizer.text(value).isEmpty else { return "年度が空欄です。\(how)" }
        let text = TextNormalizer.text(value)
        switch value {
        case .number(let n) where WholeNumber.exact(n, in: validRange) != nil:
            return "年度「\(text)」が読み取れません。\(how)"
        case .number:
            return "年度「\(text)」は範囲外です（\(validRange.lowerBound)〜\(validRange.upperBound) の西暦か、\(how)）"
        case .date:
            return "年度「\(text)」は範囲外の日付です（\(validRange.lowerBound)〜\(validRange.upperBound) 年度）。\(how)"
        default:
            return "年度「\(text)」が読み取れません。\(how)"
        }
    }

    /// The fiscal year written in a text, or nil.
    public static func parse(_ text: String) -> FiscalYear? {
        textMemo.value(UTF8Key(text)) { reading(text) }
    }

    /// Every returned sheet states its year, nearly always in the same words (「令和6年度」):
    /// reading one took ~27,000 instructions (Unicode upper-casing, Foundation replacing).
    private static let textMemo = Memo<UTF8Key, FiscalYear?>(capacity: 256, striping: .byThread)

    private static func reading(_ text: String) -> FiscalYear? {
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
        guard s.count == 4, let n = Int(s), validRange.contains(n) else { return nil }
        return FiscalYear(n)
    }
}
