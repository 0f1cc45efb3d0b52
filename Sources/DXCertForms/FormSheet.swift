import DXCertIngest
import DXCertRules
import Foundation
import XLSXWriter

/// A worksheet of a form with its column widths known, so that merged instruction blocks get
/// row heights that show all their text (Excel does not grow merged rows by itself).
struct FormSheet {
    let sheet: XLSXWorksheet
    private(set) var widths: [Double]

    /// Sets the column widths; `styles` gives columns a default style (e.g. unlocked, so
    /// that rows past the coloured ones can still be typed into on a protected sheet).
    init(_ sheet: XLSXWorksheet, widths: [Double], styles: [CellStyle?] = []) throws {
        self.sheet = sheet
        self.widths = widths
        for (column, width) in widths.enumerated() {
            try sheet.setColumn(column, width: width, style: column < styles.count ? styles[column] : nil)
        }
        // Japanese Excel's row height for 游ゴシック 11 pt; 15 would clip the text's descenders.
        try sheet.setDefaultRowHeight(18.75)
    }

    var lastColumn: Int { widths.count - 1 }

    /// The width of columns `first...last` together.
    func width(_ first: Int, _ last: Int) -> Double {
        widths[first...min(last, lastColumn)].reduce(0, +)
    }

    /// Writes `content` over columns `first...last` (merged when more than one column).
    func merged(_ row: Int, _ first: Int, _ last: Int, _ content: CellContent, style: CellStyle) throws {
        if last > first {
            try sheet.mergeRange(
                RangeAddress(firstRow: row, firstColumn: first, lastRow: row, lastColumn: last), value: content,
                style: style)
        } else {
            try sheet.write(content, at: CellAddress(row: row, column: first), style: style)
        }
    }

    /// A title line across the sheet.
    func title(_ row: Int, _ text: String, style: CellStyle = FormStyles.title, height: Double = 28) throws {
        try merged(row, 0, lastColumn, .text(text), style: style)
        try sheet.setRow(row, height: height)
    }

    /// A wrapped text block across columns `first...last` (default: the whole sheet).
    func block(_ row: Int, _ text: String, style: CellStyle = FormStyles.instruction, first: Int = 0, last: Int? = nil) throws {
        let last = last ?? lastColumn
        try merged(row, first, last, .text(text), style: style)
        let lines = FormText.lines(text, columnWidth: width(first, last) * 0.95)
        try sheet.setRow(row, height: FormText.rowHeight(lines: lines, fontSize: style.fontSize ?? 11))
    }

    /// A label/value pair: the label over `labelColumns`, the value over `valueColumns`.
    /// Readers find the value as the next filled cell right of the label (`FormScanner`), so
    /// the value must start at most 4 columns to the right and nothing else may sit between.
    func field(
        _ row: Int, label: String, value: CellContent, labelColumns: ClosedRange<Int>, valueColumns: ClosedRange<Int>,
        valueStyle: CellStyle
    ) throws {
        precondition(valueColumns.lowerBound - labelColumns.lowerBound <= 4)
        try merged(row, labelColumns.lowerBound, labelColumns.upperBound, .text(label), style: FormStyles.label)
        if case .text(let t) = value, t.isEmpty {
            // An input left blank: style only, so that readers see no value.
            if valueColumns.count > 1 {
                try sheet.mergeRange(
                    RangeAddress(
                        firstRow: row, firstColumn: valueColumns.lowerBound, lastRow: row,
                        lastColumn: valueColumns.upperBound), value: .blank, style: valueStyle)
            } else {
                try sheet.writeBlank(at: CellAddress(row: row, column: valueColumns.lowerBound), style: valueStyle)
            }
        } else {
            try merged(row, valueColumns.lowerBound, valueColumns.upperBound, value, style: valueStyle)
        }
        try sheet.setRow(row, height: 20)
    }

    /// A4 print setup shared by every form: fit to one page wide, titles repeated, header and
    /// footer with the form's name and page numbers.
    func pageSetup(landscape: Bool, headerLeft: String, headerRight: String, repeatRows: ClosedRange<Int>?) throws {
        try sheet.setPaper(.a4)
        if landscape { try sheet.setLandscape() } else { try sheet.setPortrait() }
        try sheet.fitToPages(width: 1, height: 0)
        try sheet.setMargins(left: 0.4, right: 0.4, top: 0.75, bottom: 0.6)
        try sheet.centerHorizontally()
        if let repeatRows { try sheet.repeatRows(first: repeatRows.lowerBound, last: repeatRows.upperBound) }
        let header = HeaderFooter(
            left: [.fontSize(9), .text(FormLimits.clipped(headerLeft, 100))],
            right: [.fontSize(9), .text(FormLimits.clipped(headerRight, 100))])
        try sheet.setHeader(header)
        try sheet.setFooter(HeaderFooter(center: [.fontSize(9), .pageNumber, .text(" / "), .pageCount, .text(" ページ")]))
        try sheet.hideGridlines()
    }
}
