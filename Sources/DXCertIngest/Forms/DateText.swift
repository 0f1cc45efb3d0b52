import DXCertRules
import Foundation
import OOXMLReader

/// Dates shown to people: `2024年2月15日`.
enum DateText {
    static func format(_ value: CellValue) -> String {
        switch value {
        case .date(let d): return "\(d.year)年\(d.month)月\(d.day)日"
        case .number(let n):
            if let d = ExcelDateTime.fromSerial(n, date1904: false), n > 1000 { return "\(d.year)年\(d.month)月\(d.day)日" }
            return NumberFormatting.plain(n)
        default: return TextNormalizer.normalize(value.text)
        }
    }
}
