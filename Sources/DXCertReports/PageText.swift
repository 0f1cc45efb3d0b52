import DXCertRules
import Foundation
import XLSXWriter

/// The page header and footer of every printed page of a workbook.
struct PageText {
    /// e.g. `真岡市 DX人材認定`.
    var left: String
    /// e.g. `認定結果（令和6年度）`.
    var center: String

    /// Left: organisation, centre: title and year, right: the sheet name. No date code, so
    /// the file stays the same on every run.
    var header: HeaderFooter {
        HeaderFooter(left: [.text(left)], center: [.text(center)], right: [.sheetName])
    }

    /// `1 / 3 ページ`.
    var footer: HeaderFooter {
        HeaderFooter(center: [.pageNumber, .text(" / "), .pageCount, .text(" ページ")])
    }
}
