import CXLSXWriter

/// Charts and notes placed on the sheet.
extension XLSXWorksheet {
    /// Inserts `chart` with its top-left corner in `cell`. A chart can be inserted only once
    /// and needs at least one series.
    public func insertChart(_ chart: XLSXChart, at cell: CellAddress, placement: ChartPlacement = ChartPlacement()) throws {
        let (sheet, row, column) = try target(cell)
        let at = location(cell)
        guard chart.workbook === workbook else {
            throw WriterError.invalidArgument(field: .chartSeries, problem: .chartFromAnotherWorkbook, at: at)
        }
        guard !chart.record.inserted else { throw WriterError.chartAlreadyInserted(at: at) }
        guard chart.record.seriesCount > 0 else {
            throw WriterError.invalidArgument(field: .chartSeries, problem: .chartWithoutSeries, at: at)
        }
        guard placement.xScale > 0, placement.yScale > 0, placement.xScale.isFinite, placement.yScale.isFinite else {
            throw WriterError.invalidArgument(field: .chartScale, problem: .scaleNotPositive, at: at)
        }
        var options = lxw_chart_options()
        options.x_offset = Int32(clamping: placement.xOffset)
        options.y_offset = Int32(clamping: placement.yOffset)
        options.x_scale = placement.xScale
        options.y_scale = placement.yScale
        try check(worksheet_insert_chart_opt(sheet, row, column, chart.record.pointer, &options), call: "worksheet_insert_chart_opt", at: at)
        chart.record.inserted = true
    }

    /// Attaches a note (メモ, formerly コメント) to a cell.
    public func writeNote(_ text: String, at cell: CellAddress, options: NoteOptions = NoteOptions()) throws {
        let (sheet, row, column) = try writeTarget(cell)
        let at = location(cell)
        try requireLength(text, atMost: ExcelLimits.note, field: .note, at: at)
        if let author = options.author { try requireLength(author, atMost: ExcelLimits.label, field: .noteAuthor, at: at) }
        let fontName = options.fontName ?? workbook.options.defaultFont?.name
        if let fontName { try requireBytes(fontName, atMost: ExcelLimits.formatFieldBytes, field: .fontName, at: at) }
        if let size = options.fontSize, !ExcelLimits.fontSize.contains(size) {
            throw WriterError.invalidArgument(field: .fontSize, problem: .fontSizeOutOfRange(size), at: at)
        }
        for pixels in [options.width, options.height].compactMap({ $0 }) where !(1...4096).contains(pixels) {
            throw WriterError.invalidArgument(field: .noteSize, problem: .noteSizeOutOfRange(pixels), at: at)
        }
        let code: lxw_error = withCStrings { strings in
            var c = lxw_comment_options()
            c.visible = UInt8((options.visible ? LXW_COMMENT_DISPLAY_VISIBLE : LXW_COMMENT_DISPLAY_HIDDEN).rawValue)
            c.author = strings.copyIfPresent(options.author)
            c.font_name = strings.copyIfPresent(fontName)
            c.font_size = options.fontSize ?? (fontName == nil ? 0 : 9)
            if let width = options.width { c.width = UInt16(width) }
            if let height = options.height { c.height = UInt16(height) }
            return worksheet_write_comment_opt(sheet, row, column, text, &c)
        }
        try check(code, call: "worksheet_write_comment_opt", at: at)
    }
}

/// How a note looks.
public struct NoteOptions: Hashable, Sendable {
    /// The author shown in the note.
    public var author: String?
    /// Always shown (not only on hover).
    public var visible: Bool
    /// Width in pixels (default 128).
    public var width: Int?
    /// Height in pixels (default 74).
    public var height: Int?
    /// Font; nil uses the workbook's default font (9 pt), or Tahoma 8 without one.
    public var fontName: String?
    /// Font size in points.
    public var fontSize: Double?

    /// Note options.
    public init(
        author: String? = nil, visible: Bool = false, width: Int? = nil, height: Int? = nil,
        fontName: String? = nil, fontSize: Double? = nil
    ) {
        self.author = author
        self.visible = visible
        self.width = width
        self.height = height
        self.fontName = fontName
        self.fontSize = fontSize
    }
}
