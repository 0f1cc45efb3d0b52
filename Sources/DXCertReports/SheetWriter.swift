import DXCertRules
import Foundation
import XLSXWriter

/// Writes report sheets: the title block, tables, widths, filters and print setup.
struct SheetWriter {
    let sheet: XLSXWorksheet
    let page: PageText

    /// Excel's limit for text in one cell; longer text is cut with a marker.
    static let cellTextLimit = 32_000

    /// Writes the title (row 1), subtitle (row 2) and notes (one row each) across the columns
    /// whose widths are given, and returns the first free row.
    @discardableResult
    func writeTitle(_ title: String, subtitle: String, notes: [String] = [], widths: [Double]) throws -> Int {
        try writeBanner(title, row: 0, widths: widths, style: ReportStyles.title, fixedHeight: 24)
        try writeBanner(subtitle, row: 1, widths: widths, style: ReportStyles.subtitle)
        var row = 2
        for note in notes {
            try writeBanner(note, row: row, widths: widths, style: ReportStyles.note)
            row += 1
        }
        return row
    }

    /// One line of text across the columns. Merged cells do not grow with wrapped text, so the
    /// row height is set from the text's estimated line count.
    private func writeBanner(_ text: String, row: Int, widths: [Double], style: CellStyle, fixedHeight: Double? = nil) throws {
        let span = max(widths.count, 1)
        var wrapped = style
        wrapped.wrapText = true
        wrapped.verticalAlignment = .top
        if span > 1 {
            try sheet.mergeRange(
                RangeAddress(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: span - 1),
                value: .text(Self.clip(text)), style: wrapped)
        } else {
            try sheet.write(Self.clip(text), at: CellAddress(row: row, column: 0), style: wrapped)
        }
        let lines = TextWidth.lineCount(text, width: widths.reduce(0, +))
        try sheet.setRow(row, height: max(fixedHeight ?? 0, Self.height(lines: lines, fontSize: style.fontSize ?? ReportStyles.font.size)))
    }

    /// Writes `table` with its heading on `headerRow`: styles, widths (computed unless given),
    /// heading notes and, with `filter`, the autofilter, frozen panes and the heading repeated
    /// on every printed page (a sheet has one of each: a small extra table goes without).
    @discardableResult
    func writeTable(_ table: ReportTable, headerRow: Int, widths given: [Double]? = nil, filter: Bool = true) throws -> TablePlacement {
        let widths = given ?? Self.widths(for: table)
        for (c, column) in table.columns.enumerated() {
            try sheet.setColumn(c, width: widths[c])
            try sheet.write(column.header, at: CellAddress(row: headerRow, column: c), style: ReportStyles.header)
            if let note = column.note {
                try sheet.writeNote(
                    note, at: CellAddress(row: headerRow, column: c),
                    options: NoteOptions(width: 300, height: max(80, 18 * TextWidth.lineCount(note, width: 40))))
            }
        }
        try sheet.setRow(
            headerRow,
            height: Self.height(
                lines: table.columns.enumerated().map { c, column in
                    TextWidth.lineCount(column.header, width: widths[c])
                }.max() ?? 1))
        let lastColumn = table.columns.count - 1
        if filter {
            // Before the rows: a sheet that streams its rows takes no filter ending above them.
            try sheet.autofilter(RangeAddress(firstRow: headerRow, firstColumn: 0, lastRow: headerRow + table.rowCount, lastColumn: lastColumn))
            try sheet.freezePanes(row: headerRow + 1, column: table.frozenColumns)
            try sheet.repeatRows(first: headerRow, last: headerRow)
        }
        let firstRow = headerRow + 1
        var row = firstRow
        let styles = table.columns.map { ReportStyles.body($0.kind) }
        for i in 0..<table.rowCount {
            let values = table.row(i)
            var lines = 1
            for (c, value) in values.enumerated() where c < table.columns.count {
                try write(value, at: CellAddress(row: row, column: c), style: styles[c])
                if case .text(let text) = value, table.columns[c].kind.wraps {
                    lines = max(lines, TextWidth.lineCount(text, width: widths[c]))
                }
            }
            // Neither Excel nor LibreOffice reliably grows a row for wrapped text written by a
            // library, so rows with more than one line get a height from the estimate.
            if lines > 1 { try sheet.setRow(row, height: Self.height(lines: lines)) }
            row += 1
        }
        let lastRow = row - 1
        if table.rowCount == 0 {
            try sheet.write(table.emptyMessage, at: CellAddress(row: firstRow, column: 0), style: ReportStyles.note)
        }
        var totalsRow: Int?
        if let totals = table.totals, table.rowCount > 0 {
            totalsRow = row
            for (c, value) in totals.enumerated() where c < table.columns.count {
                try write(value, at: CellAddress(row: row, column: c), style: ReportStyles.body(table.columns[c].kind, total: true))
            }
        }
        return TablePlacement(
            headerRow: headerRow, firstRow: firstRow, lastRow: lastRow, columnCount: table.columns.count,
            widths: widths, totalsRow: totalsRow)
    }

    /// Points for `lines` lines of text. 游ゴシック's lines are tall: Excel's row for one line of
    /// 11 pt is 18.75 points; wrapped lines need about 1.5 em each plus a margin.
    /// LibreOffice's fallback fonts (Noto Sans CJK) need less, so there rows look roomier; the
    /// other way round Excel would cut the last lines off.
    static func height(lines: Int, fontSize: Double = ReportStyles.font.size) -> Double {
        min(409, Double(max(1, lines)) * fontSize * 1.5 + 4)
    }

    /// Writes one value with `style`.
    func write(_ value: ReportValue, at cell: CellAddress, style: CellStyle) throws {
        switch value {
        case .text(let text): try sheet.write(Self.clip(text), at: cell, style: style)
        // Written as compared: Excel's colouring against a bar then agrees with the decision.
        case .number(let number): try sheet.write(ScoreComparison.denoised(number), at: cell, style: style)
        case .blank: try sheet.writeBlank(at: cell, style: style)
        }
    }

    /// A4 landscape, all columns on one page width, page header and footer, and margins that
    /// leave room for them.
    func setUpPrinting(fitHeight: Int = 0) throws {
        try sheet.setPaper(.a4)
        try sheet.setLandscape()
        try sheet.fitToPages(width: 1, height: fitHeight)
        try sheet.setMargins(left: 0.5, right: 0.5, top: 0.75, bottom: 0.6)
        try sheet.setHeader(page.header, margin: 0.3)
        try sheet.setFooter(page.footer, margin: 0.3)
        try sheet.centerHorizontally()
    }

    /// Column widths from the longest text in each column (Japanese counted double), within
    /// the column's bounds; headings may wrap onto two lines.
    static func widths(for table: ReportTable) -> [Double] {
        // One pass over the rows (each made once here), a running measure per column. In a
        // column with a fixed number format (`%.1f`, `%.0f%%`, …) a number prints no wider for a
        // smaller magnitude, so only the largest, the most negative and any non-finite value
        // need formatting (plain numbers, `%g`, are measured one by one).
        struct Measure {
            var content = 0.0
            var largest: Double?
            var mostNegative: Double?
        }
        var measures = Array(repeating: Measure(), count: table.columns.count)
        let monotonic = table.columns.map { column -> Bool in
            if case .number = column.kind { return true }
            return false
        }
        func consider(_ value: ReportValue, _ c: Int) {
            guard monotonic[c], case .number(let n) = value, n.isFinite else {
                measures[c].content = max(measures[c].content, units(value, kind: table.columns[c].kind))
                return
            }
            if n.sign == .minus {
                if measures[c].mostNegative.map({ n < $0 || ($0 == 0 && n == 0) }) ?? true { measures[c].mostNegative = n }
            } else if measures[c].largest.map({ n > $0 }) ?? true {
                measures[c].largest = n
            }
        }
        for i in 0..<table.rowCount {
            for (c, value) in table.row(i).enumerated() where c < table.columns.count { consider(value, c) }
        }
        if let totals = table.totals {
            for (c, value) in totals.enumerated() where c < table.columns.count { consider(value, c) }
        }
        return table.columns.enumerated().map { c, column in
            var content = measures[c].content
            for n in [measures[c].largest, measures[c].mostNegative].compactMap({ $0 }) {
                content = max(content, units(.number(n), kind: column.kind))
            }
            let header = TextWidth.units(column.header)
            // A heading line longer than about 8 full-width characters may take two lines.
            let headerNeed = header <= 16 ? header : max(16, (header / 2).rounded(.up))
            // Content is capped (long text wraps); the heading always fits as planned.
            return max(min(content + 2, column.maxWidth), headerNeed + 2, column.minWidth)
        }
    }

    private static func units(_ value: ReportValue, kind: ReportColumn.Kind) -> Double {
        switch value {
        case .text(let text): return TextWidth.units(text)
        case .number(let n):
            if case .number(let format) = kind {
                switch format {
                case ReportStyles.scoreFormat: return Double(String(format: "%.1f", n).count)
                case ReportStyles.percentFormat: return Double(String(format: "%.0f%%", n * 100).count)
                case ReportStyles.signedFormat: return Double(String(format: "%+.1f", n).count)
                case ReportStyles.correlationFormat: return Double(String(format: "%.2f", n).count)
                default: return Double(String(format: "%.0f", n).count)
                }
            }
            return Double(NumberFormatting.plain(n).count)
        case .blank: return 0
        }
    }

    /// Text cut to what one cell can hold.
    static func clip(_ text: String) -> String {
        // A character takes at least one byte: most texts need no count of characters.
        guard text.utf8.count > cellTextLimit, text.count > cellTextLimit else { return text }
        return String(text.prefix(cellTextLimit)) + "…（以下省略）"
    }
}

/// Where a written table is on its sheet (0-based rows and columns).
struct TablePlacement {
    var headerRow: Int
    /// First and last data rows; `lastRow < firstRow` when the table is empty.
    var firstRow: Int
    var lastRow: Int
    var columnCount: Int
    var widths: [Double]
    var totalsRow: Int?

    var isEmpty: Bool { lastRow < firstRow }

    /// The data cells of one column (nil when the table is empty).
    func data(column: Int) -> RangeAddress? {
        isEmpty ? nil : RangeAddress(firstRow: firstRow, firstColumn: column, lastRow: lastRow, lastColumn: column)
    }

    /// All data cells (nil when the table is empty).
    var data: RangeAddress? {
        isEmpty ? nil : RangeAddress(firstRow: firstRow, firstColumn: 0, lastRow: lastRow, lastColumn: columnCount - 1)
    }

    /// A column's cell in the first data row, column absolute and row relative (`$L5`): what a
    /// conditional-format formula over the data rows is written against.
    func anchor(column: Int) -> String {
        "$" + CellAddress.columnName(column) + String(firstRow + 1)
    }
}
