import DXCertIngest
import DXCertRules
import Foundation
import XLSXWriter

/// Workbook-level conventions of every form.
enum FormWorkbook {
    /// A workbook in the default Japanese Excel font (游ゴシック 11).
    static func create(_ url: URL) throws -> XLSXWorkbook {
        try XLSXWorkbook(path: url.path, options: WorkbookOptions(defaultFont: .yuGothic))
    }

    /// Fixed document properties: the same input always gives the same bytes.
    static func setProperties(_ workbook: XLSXWorkbook, title: String, organisation: String, created: Date) throws {
        try workbook.setProperties(
            WorkbookProperties(
                title: title, subject: "DX人材認定制度", author: "dxcert",
                company: organisation.isEmpty ? nil : organisation,
                keywords: "DX人材認定", created: created))
    }

    /// The fixed creation time of a year's sheets: the year's first day (`FiscalYear.firstDay`).
    static func created(for year: FiscalYear) -> Date {
        year.firstDay ?? WorkbookProperties.reproducibleCreated
    }

    /// The fixed creation time of the blank templates: the form version's date.
    static let templateCreated = created(for: FiscalYear(2024))
}
