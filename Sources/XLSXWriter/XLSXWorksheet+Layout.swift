import CXLSXWriter

/// Columns, rows, merged cells, panes, filters and how the sheet looks on screen.
extension XLSXWorksheet {
    /// Sets the width (in Excel's character units, 0–255; nil keeps 8.43), a default style
    /// and visibility for the 0-based columns `first...last`.
    public func setColumns(first: Int, last: Int, width: Double? = nil, style: CellStyle? = nil, hidden: Bool = false) throws {
        let range = RangeAddress(firstRow: 0, firstColumn: first, lastRow: 0, lastColumn: last)
        let (sheet, _, firstColumn, _, lastColumn) = try target(range)
        let at = location(range)
        if let width, !ExcelLimits.columnWidth.contains(width) {
            throw WriterError.invalidArgument(field: .columnWidth, problem: .columnWidthOutOfRange(width), at: at)
        }
        let format = try workbook.format(for: style, at: at)
        var options = lxw_row_col_options(hidden: hidden ? 1 : 0, level: 0, collapsed: 0)
        try check(
            worksheet_set_column_opt(sheet, firstColumn, lastColumn, width ?? LXW_DEF_COL_WIDTH, format, &options),
            call: "worksheet_set_column_opt", at: at)
    }

    /// Sets one column's width, default style and visibility.
    public func setColumn(_ column: Int, width: Double? = nil, style: CellStyle? = nil, hidden: Bool = false) throws {
        try setColumns(first: column, last: column, width: width, style: style, hidden: hidden)
    }

    /// Sets a row's height in points (0–409; nil keeps 15), a default style and visibility.
    public func setRow(_ row: Int, height: Double? = nil, style: CellStyle? = nil, hidden: Bool = false) throws {
        let cell = CellAddress(row: row, column: 0)
        let (sheet, cRow, _) = try target(cell)
        // Made only for an error: a city's notices set the height of hundreds of thousands of rows.
        func at() -> WriterError.Location { .init(path: workbook.path, sheet: name, cell: "\(row + 1):\(row + 1)") }
        try requireRowNotWritten(row, at: at())
        if let height, !ExcelLimits.rowHeight.contains(height) {
            throw WriterError.invalidArgument(field: .rowHeight, problem: .rowHeightOutOfRange(height), at: at())
        }
        let format = try workbook.format(for: style, at: at())
        var options = lxw_row_col_options(hidden: hidden ? 1 : 0, level: 0, collapsed: 0)
        try check(
            worksheet_set_row_opt(sheet, cRow, height ?? LXW_DEF_ROW_HEIGHT, format, &options),
            call: "worksheet_set_row_opt", at: at())
    }

    /// Sets the height of rows that have no height of their own; optionally hides all unused rows.
    public func setDefaultRowHeight(_ height: Double, hideUnusedRows: Bool = false) throws {
        let sheet = try handle()
        guard ExcelLimits.rowHeight.contains(height) else {
            throw WriterError.invalidArgument(field: .rowHeight, problem: .rowHeightOutOfRange(height), at: location())
        }
        worksheet_set_default_row(sheet, height, hideUnusedRows ? 1 : 0)
    }

    /// Merges `range` (at least two cells) and writes `value` with `style` into it.
    ///
    /// libxlsxwriter 1.1.4 accepts overlapping merges and writes a file Excel must repair;
    /// overlaps are refused here with `.overlappingMerge`.
    ///
    /// On a constant-memory sheet a styled merge writes its blank cells into every row it covers
    /// at once, so its last row becomes the current row (see `WorkbookOptions.constantMemory`);
    /// a value other than text is written into the first cell after the merge, so in a styled
    /// merge over several rows it throws `.rowAlreadyWritten`.
    public func mergeRange(_ range: RangeAddress, value: CellContent = .text(""), style: CellStyle? = nil) throws {
        let (sheet, r1, c1, r2, c2) = try target(range)
        // Made only for an error (merges are many: several on every row of a notice).
        func at() -> WriterError.Location { location(range) }
        // worksheet_merge_range checks only the last row and ignores the result of writing the
        // first cell: a merge starting above the current row would lose its text silently.
        try requireRowNotWritten(range.first.row, at: at())
        guard range.first != range.last else {
            throw WriterError.invalidArgument(field: .mergeRange, problem: .singleCellMerge(range.a1), at: at())
        }
        if let existing = record.mergeOverlapping(range) {
            throw WriterError.overlappingMerge(range: range.a1, existing: existing.a1, at: at())
        }
        if case .text(let text) = value {
            try requireLength(text, atMost: ExcelLimits.cellText, field: .cellText, at: at())
        }
        let format = try workbook.format(for: style, at: at())
        let text: String
        if case .text(let t) = value { text = t } else { text = "" }
        try check(worksheet_merge_range(sheet, r1, c1, r2, c2, text, format), call: "worksheet_merge_range", at: at())
        record.recordMerge(range)
        switch value {
        case .text: break
        // worksheet_merge_range only writes strings; other values overwrite the top-left cell
        // with the same style, as libxlsxwriter's documentation recommends.
        case .blank: break
        default: try write(value, at: range.first, style: style)
        }
    }

    /// Freezes the rows above `row` and the columns left of `column` (0-based):
    /// `freezePanes(row: 1, column: 0)` keeps the heading row visible while scrolling.
    public func freezePanes(row: Int, column: Int) throws {
        let cell = CellAddress(row: row, column: column)
        let (sheet, cRow, cColumn) = try target(cell)
        guard row > 0 || column > 0 else {
            throw WriterError.invalidArgument(field: .freezePane, problem: .nothingToFreeze, at: location(cell))
        }
        worksheet_freeze_panes(sheet, cRow, cColumn)
    }

    /// Adds filter buttons (オートフィルター) to the heading row of `range`.
    ///
    /// On a constant-memory sheet the range's last row must not be above the current row: set
    /// the filter before writing the rows below it.
    public func autofilter(_ range: RangeAddress) throws {
        let (sheet, r1, c1, r2, c2) = try target(range)
        try requireRowNotWritten(range.last.row, at: location(range))
        try check(worksheet_autofilter(sheet, r1, c1, r2, c2), call: "worksheet_autofilter", at: location(range))
    }

    /// Selects `range` when the file opens (the first cell becomes the active cell).
    public func setSelection(_ range: RangeAddress) throws {
        let (sheet, r1, c1, r2, c2) = try target(range)
        worksheet_set_selection(sheet, r1, c1, r2, c2)
    }

    /// Sets the zoom (表示倍率) in percent, 10–400.
    public func setZoom(_ percent: Int) throws {
        let sheet = try handle()
        guard ExcelLimits.zoom.contains(percent) else {
            throw WriterError.invalidArgument(field: .zoom, problem: .zoomOutOfRange(percent), at: location())
        }
        worksheet_set_zoom(sheet, UInt16(percent))
    }

    /// Hides the grid lines on screen (目盛線).
    public func hideGridlines() throws {
        let sheet = try handle()
        record.screenGridlines = false
        applyGridlines(sheet)
    }

    /// Prints grid lines (or not; Excel's default is not).
    public func setPrintGridlines(_ on: Bool) throws {
        let sheet = try handle()
        record.printGridlines = on
        applyGridlines(sheet)
    }

    private func applyGridlines(_ sheet: UnsafeMutablePointer<lxw_worksheet>) {
        // worksheet_gridlines takes screen and print together (enum lxw_gridlines).
        let option: lxw_gridlines
        switch (record.screenGridlines, record.printGridlines) {
        case (false, false): option = LXW_HIDE_ALL_GRIDLINES
        case (true, false): option = LXW_SHOW_SCREEN_GRIDLINES
        case (false, true): option = LXW_SHOW_PRINT_GRIDLINES
        case (true, true): option = LXW_SHOW_ALL_GRIDLINES
        }
        worksheet_gridlines(sheet, UInt8(option.rawValue))
    }

    /// Colours the sheet tab.
    public func setTabColor(_ color: RGBColor) throws {
        worksheet_set_tab_color(try handle(), color.lxw)
    }

    /// Hides the sheet. At least one sheet must stay visible (checked in `close()`); if the
    /// active or first tab is hidden, `close()` moves it to the first visible sheet.
    public func hide() throws {
        worksheet_hide(try handle())
        record.hidden = true
        // worksheet_hide moves the active/first tab back to sheet 0 when it was this one.
        if workbook.activeSheet == index { workbook.activeSheet = 0 }
        if workbook.firstSheet == index { workbook.firstSheet = 0 }
    }

    /// Makes this the sheet shown when the file opens.
    public func activate() throws {
        worksheet_activate(try handle())
        workbook.activeSheet = index
        if record.hidden { record.hidden = false }
    }

    /// Makes this the leftmost visible tab in the tab bar (when there are many sheets).
    public func setFirstSheet() throws {
        worksheet_set_first_sheet(try handle())
        workbook.firstSheet = index
    }
}
