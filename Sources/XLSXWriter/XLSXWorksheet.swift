import CXLSXWriter

/// A worksheet of an `XLSXWorkbook`: writes cells and sets up the sheet.
///
/// Does not own anything: libxlsxwriter frees the sheet with its workbook. The worksheet keeps
/// its workbook alive and checks before each call that the workbook is still open, so a sheet
/// used after `close()` throws `.workbookClosed` instead of touching freed memory.
/// Rows and columns are 0-based (`CellAddress(row: 0, column: 0)` is A1); errors name cells in A1.
public struct XLSXWorksheet {
    /// The workbook this sheet belongs to.
    public let workbook: XLSXWorkbook
    let record: SheetRecord

    init(workbook: XLSXWorkbook, record: SheetRecord) {
        self.workbook = workbook
        self.record = record
    }

    /// The tab name.
    public var name: String { record.name }

    /// Position in tab order, from 0.
    public var index: Int { record.index }

    /// True when the sheet streams its rows (`WorkbookOptions.constantMemory`): rows must then
    /// be written top to bottom.
    public var isConstantMemory: Bool { record.pointer.pointee.optimize != 0 }

    /// In constant-memory mode, the row libxlsxwriter is filling (0-based): rows above it are
    /// already in the temporary file. nil in normal mode, where any row may be written.
    public var currentRow: Int? {
        guard isConstantMemory, let row = record.pointer.pointee.optimize_row else { return nil }
        return Int(row.pointee.row_num)
    }

    /// `range` on this sheet, e.g. for chart series or list validations on other sheets.
    public func range(_ range: RangeAddress) -> SheetRange {
        SheetRange(sheet: name, range: range)
    }

    // MARK: Writing cells

    /// Writes text (at most 32,767 characters; Japanese and line breaks are fine).
    public func write(_ text: String, at cell: CellAddress, style: CellStyle? = nil) throws {
        let (sheet, row, column) = try writeTarget(cell)
        try requireLength(text, atMost: ExcelLimits.cellText, field: .cellText, at: location(cell))
        let format = try workbook.format(for: style, at: location(cell))
        try check(worksheet_write_string(sheet, row, column, text, format), call: "worksheet_write_string", at: location(cell))
    }

    /// Writes a number. NaN and infinity have no Excel form and are rejected.
    public func write(_ number: Double, at cell: CellAddress, style: CellStyle? = nil) throws {
        let (sheet, row, column) = try writeTarget(cell)
        try requireFinite(number, field: .number, at: cell)
        let format = try workbook.format(for: style, at: location(cell))
        try check(worksheet_write_number(sheet, row, column, number, format), call: "worksheet_write_number", at: location(cell))
    }

    /// Writes an integer as a number (exact up to 2^53, like every Excel number).
    public func write(_ number: Int, at cell: CellAddress, style: CellStyle? = nil) throws {
        try write(Double(number), at: cell, style: style)
    }

    /// Writes TRUE or FALSE.
    public func write(_ value: Bool, at cell: CellAddress, style: CellStyle? = nil) throws {
        let (sheet, row, column) = try writeTarget(cell)
        let format = try workbook.format(for: style, at: location(cell))
        try check(worksheet_write_boolean(sheet, row, column, value ? 1 : 0, format), call: "worksheet_write_boolean", at: location(cell))
    }

    /// Writes a date/time as Excel's serial number. A date needs a number format to look like
    /// one: when `style` has none, `yyyy/m/d` is used (`yyyy/m/d h:mm:ss` when there is a time).
    public func write(_ date: SheetDateTime, at cell: CellAddress, style: CellStyle? = nil) throws {
        let (sheet, row, column) = try writeTarget(cell)
        if let problem = date.problem {
            throw WriterError.invalidArgument(field: .date, problem: problem, at: location(cell))
        }
        var dated = style ?? CellStyle()
        if dated.numberFormat == nil { dated.numberFormat = date.isDateOnly ? "yyyy/m/d" : "yyyy/m/d h:mm:ss" }
        let format = try workbook.format(for: dated, at: location(cell))
        var value = date.lxw
        try check(worksheet_write_datetime(sheet, row, column, &value, format), call: "worksheet_write_datetime", at: location(cell))
    }

    /// Writes an empty cell that carries only a style (e.g. a bordered input box).
    /// With the plain style nothing is stored: an unstyled blank is simply an empty cell.
    public func writeBlank(at cell: CellAddress, style: CellStyle) throws {
        let (sheet, row, column) = try writeTarget(cell)
        let format = try workbook.format(for: style, at: location(cell))
        try check(worksheet_write_blank(sheet, row, column, format), call: "worksheet_write_blank", at: location(cell))
    }

    /// Writes a formula (`=SUM(B2:B9)` or without `=`, at most 8,192 characters) with the
    /// cached result that other readers see. Without a result, 0 is cached.
    public func writeFormula(_ formula: String, at cell: CellAddress, result: FormulaResult? = nil, style: CellStyle? = nil) throws {
        let (sheet, row, column) = try writeTarget(cell)
        try requireFormula(formula, field: .formula, at: cell)
        let format = try workbook.format(for: style, at: location(cell))
        switch result {
        case nil:
            try check(worksheet_write_formula(sheet, row, column, formula, format), call: "worksheet_write_formula", at: location(cell))
        case .number(let value)?:
            try requireFinite(value, field: .formulaResult, at: cell)
            try check(
                worksheet_write_formula_num(sheet, row, column, formula, format, value), call: "worksheet_write_formula_num", at: location(cell))
        case .text(let value)?:
            try requireLength(value, atMost: ExcelLimits.cellText, field: .formulaResult, at: location(cell))
            try check(
                worksheet_write_formula_str(sheet, row, column, formula, format, value), call: "worksheet_write_formula_str", at: location(cell))
        }
    }

    /// Writes a hyperlink (`https://…`, `mailto:…`, `internal:'名簿'!A1`, `file:///…`) with an
    /// optional display text and tooltip. Without a style, Excel's blue underlined link style is used.
    public func writeURL(_ url: String, at cell: CellAddress, text: String? = nil, tooltip: String? = nil, style: CellStyle? = nil) throws {
        let (sheet, row, column) = try writeTarget(cell)
        // Excel allows 2,079 characters; libxlsxwriter copies the URL into a 2,080-byte
        // attribute buffer (LXW_MAX_ATTRIBUTE_LENGTH), so count UTF-8 bytes to never cut it.
        try requireBytes(url, atMost: ExcelLimits.url, field: .url, at: location(cell))
        if let text { try requireLength(text, atMost: ExcelLimits.cellText, field: .urlText, at: location(cell)) }
        if let tooltip { try requireLength(tooltip, atMost: ExcelLimits.label, field: .urlTooltip, at: location(cell)) }
        let format = try workbook.format(for: style, at: location(cell))
        try check(worksheet_write_url_opt(sheet, row, column, url, format, text, tooltip), call: "worksheet_write_url_opt", at: location(cell))
    }

    /// Writes any `CellContent`.
    public func write(_ content: CellContent, at cell: CellAddress, style: CellStyle? = nil) throws {
        switch content {
        case .text(let text): try write(text, at: cell, style: style)
        case .number(let number): try write(number, at: cell, style: style)
        case .boolean(let flag): try write(flag, at: cell, style: style)
        case .date(let date): try write(date, at: cell, style: style)
        case .formula(let formula, let result): try writeFormula(formula, at: cell, result: result, style: style)
        case .blank: try writeBlank(at: cell, style: style ?? .plain)
        }
    }

    /// Writes `values` left to right starting at `cell` (one row of a table).
    public func writeRow(_ values: [CellContent], at cell: CellAddress, style: CellStyle? = nil) throws {
        for (offset, value) in values.enumerated() {
            try write(value, at: CellAddress(row: cell.row, column: cell.column + offset), style: style)
        }
    }

    // MARK: Shared checks

    /// The sheet handle after checking that the workbook is open.
    func handle() throws(WriterError) -> UnsafeMutablePointer<lxw_worksheet> {
        try workbook.requireOpen()
        return record.pointer
    }

    /// The sheet handle and C row/column for a cell inside Excel's grid.
    func target(_ cell: CellAddress) throws(WriterError) -> (UnsafeMutablePointer<lxw_worksheet>, lxw_row_t, lxw_col_t) {
        let sheet = try handle()
        guard cell.isInsideSheet else { throw .cellOutOfRange(at: location(cell)) }
        return (sheet, lxw_row_t(cell.row), lxw_col_t(cell.column))
    }

    /// `target(cell)` for a call that writes into the cell's row: in constant-memory mode the
    /// row must not be above the current one (libxlsxwriter would refuse the call, or, inside
    /// `worksheet_merge_range`, silently drop the write).
    func writeTarget(_ cell: CellAddress) throws(WriterError) -> (UnsafeMutablePointer<lxw_worksheet>, lxw_row_t, lxw_col_t) {
        let result = try target(cell)
        try requireRowNotWritten(cell.row, at: location(cell))
        return result
    }

    /// Throws `.rowAlreadyWritten` when a constant-memory sheet has moved past `row`.
    func requireRowNotWritten(_ row: Int, at location: @autoclosure () -> WriterError.Location) throws(WriterError) {
        if let current = currentRow, row < current {
            throw .rowAlreadyWritten(row: row, currentRow: current, at: location())
        }
    }

    /// The sheet handle and C corners for a range inside Excel's grid.
    func target(_ range: RangeAddress) throws(WriterError) -> (UnsafeMutablePointer<lxw_worksheet>, lxw_row_t, lxw_col_t, lxw_row_t, lxw_col_t) {
        let sheet = try handle()
        guard range.isInsideSheet else { throw .cellOutOfRange(at: location(range)) }
        return (sheet, lxw_row_t(range.first.row), lxw_col_t(range.first.column), lxw_row_t(range.last.row), lxw_col_t(range.last.column))
    }

    /// The error location for this sheet (and a cell).
    func location(_ cell: CellAddress? = nil) -> WriterError.Location {
        .init(path: workbook.path, sheet: name, cell: cell?.a1)
    }

    /// The error location for this sheet and a range.
    func location(_ range: RangeAddress) -> WriterError.Location {
        .init(path: workbook.path, sheet: name, cell: range.a1)
    }

    func requireFinite(_ value: Double, field: WriterError.Field, at cell: CellAddress?) throws(WriterError) {
        guard value.isFinite else {
            throw .invalidArgument(field: field, problem: .numberNotFinite(value), at: location(cell))
        }
    }

    func requireFormula(_ formula: String, field: WriterError.Field, at cell: CellAddress?) throws(WriterError) {
        let body = formula.hasPrefix("=") ? formula.dropFirst() : Substring(formula)
        guard !body.isEmpty else {
            throw .invalidArgument(field: field, problem: .emptyFormula, at: location(cell))
        }
        try requireLength(formula, atMost: ExcelLimits.formula, field: field, at: location(cell))
    }
}
