import CXLSXWriter

/// Page setup (ページ設定): orientation, paper, scaling, titles, headers, margins, print area.
extension XLSXWorksheet {
    /// Prints in landscape (横).
    public func setLandscape() throws {
        worksheet_set_landscape(try handle())
    }

    /// Prints in portrait (縦, the default).
    public func setPortrait() throws {
        worksheet_set_portrait(try handle())
    }

    /// Sets the paper size, e.g. `.a4`.
    public func setPaper(_ paper: PaperSize) throws {
        let sheet = try handle()
        guard (0...255).contains(paper.code) else {
            throw WriterError.invalidArgument(field: .paper, problem: .paperCodeOutOfRange(paper.code), at: location())
        }
        worksheet_set_paper(sheet, UInt8(paper.code))
    }

    /// Shrinks the printout to `width` pages across and `height` pages down; 0 means "as many
    /// as needed" (`fitToPages(width: 1, height: 0)`: all columns on one page width).
    public func fitToPages(width: Int, height: Int) throws {
        let sheet = try handle()
        guard (0...32767).contains(width), (0...32767).contains(height) else {
            throw WriterError.invalidArgument(field: .fitToPages, problem: .pageCountOutOfRange(width: width, height: height), at: location())
        }
        worksheet_fit_to_pages(sheet, UInt16(width), UInt16(height))
    }

    /// Prints at `percent` (10–400). Ignored by Excel when `fitToPages` is set.
    public func setPrintScale(_ percent: Int) throws {
        let sheet = try handle()
        guard ExcelLimits.printScale.contains(percent) else {
            throw WriterError.invalidArgument(field: .printScale, problem: .printScaleOutOfRange(percent), at: location())
        }
        worksheet_set_print_scale(sheet, UInt16(percent))
    }

    /// Repeats the 0-based rows `first...last` at the top of every printed page (印刷タイトル).
    public func repeatRows(first: Int, last: Int) throws {
        let range = RangeAddress(firstRow: first, firstColumn: 0, lastRow: last, lastColumn: 0)
        let (sheet, r1, _, r2, _) = try target(range)
        try check(
            worksheet_repeat_rows(sheet, r1, r2), call: "worksheet_repeat_rows",
            at: .init(path: workbook.path, sheet: name, cell: "\(range.first.row + 1):\(range.last.row + 1)"))
    }

    /// Repeats the 0-based columns `first...last` at the left of every printed page.
    public func repeatColumns(first: Int, last: Int) throws {
        let range = RangeAddress(firstRow: 0, firstColumn: first, lastRow: 0, lastColumn: last)
        let (sheet, _, c1, _, c2) = try target(range)
        try check(worksheet_repeat_columns(sheet, c1, c2), call: "worksheet_repeat_columns", at: location(range))
    }

    /// Prints only `range` (印刷範囲).
    public func setPrintArea(_ range: RangeAddress) throws {
        let (sheet, r1, c1, r2, c2) = try target(range)
        try check(worksheet_print_area(sheet, r1, c1, r2, c2), call: "worksheet_print_area", at: location(range))
    }

    /// Sets the page header from Excel codes (`&L`, `&C`, `&R`, `&P`, `&N`, `&A`, `&"font,style"`),
    /// at most 255 characters including the codes. `margin` is the header margin in inches.
    /// Use `HeaderFooter` to build the codes.
    public func setHeader(_ code: String, margin: Double? = nil) throws {
        try setHeaderOrFooter(code, margin: margin, isHeader: true)
    }

    /// Sets the page footer; see `setHeader`.
    public func setFooter(_ code: String, margin: Double? = nil) throws {
        try setHeaderOrFooter(code, margin: margin, isHeader: false)
    }

    /// Sets the header from parts.
    public func setHeader(_ header: HeaderFooter, margin: Double? = nil) throws {
        try setHeader(header.code, margin: margin)
    }

    /// Sets the footer from parts.
    public func setFooter(_ footer: HeaderFooter, margin: Double? = nil) throws {
        try setFooter(footer.code, margin: margin)
    }

    private func setHeaderOrFooter(_ code: String, margin: Double?, isHeader: Bool) throws {
        let sheet = try handle()
        let field: WriterError.Field = isHeader ? .header : .footer
        // worksheet_set_header checks LXW_HEADER_FOOTER_MAX (255) with lxw_utf8_strlen and
        // returns LXW_ERROR_255_STRING_LENGTH_EXCEEDED, keeping the old text; say it first.
        try requireLength(code, atMost: ExcelLimits.headerFooter, field: field, at: location())
        if code.contains("&G") || code.contains("&[Picture]") {
            throw WriterError.invalidArgument(field: field, problem: .pictureInHeaderFooter, at: location())
        }
        if let margin { try requireMargin(margin) }
        var options = lxw_header_footer_options()
        options.margin = margin ?? 0.3
        let call = isHeader ? "worksheet_set_header_opt" : "worksheet_set_footer_opt"
        let result = isHeader ? worksheet_set_header_opt(sheet, code, &options) : worksheet_set_footer_opt(sheet, code, &options)
        try check(result, call: call, at: location())
    }

    /// Sets the page margins in inches (Excel's default: 0.7 left/right, 0.75 top/bottom).
    /// Excel's Japanese UI shows centimetres: divide by 2.54.
    public func setMargins(left: Double = 0.7, right: Double = 0.7, top: Double = 0.75, bottom: Double = 0.75) throws {
        let sheet = try handle()
        for value in [left, right, top, bottom] { try requireMargin(value) }
        worksheet_set_margins(sheet, left, right, top, bottom)
    }

    private func requireMargin(_ value: Double) throws(WriterError) {
        guard value.isFinite, (0..<50).contains(value) else {
            throw .invalidArgument(field: .margin, problem: .marginOutOfRange(value), at: location())
        }
    }

    /// Centres the printout horizontally on the page.
    public func centerHorizontally() throws {
        worksheet_center_horizontally(try handle())
    }

    /// Centres the printout vertically on the page.
    public func centerVertically() throws {
        worksheet_center_vertically(try handle())
    }

    /// Starts a new printed page at each 0-based row of `rows` (改ページ), e.g. `[40, 80]`:
    /// rows 0–39 on the first page, 40–79 on the second. Order and repeats do not matter.
    /// With `fitToPages(width: 1, height: 0)` (height automatic) the breaks are kept; checked with
    /// LibreOffice's printout (not checked in Excel here). Call once per sheet.
    public func setHorizontalPageBreaks(_ rows: [Int]) throws {
        let sheet = try handle()
        let sorted = Array(Set(rows)).sorted()
        guard sorted.count <= ExcelLimits.pageBreaks else {
            throw WriterError.invalidArgument(
                field: .pageBreaks, problem: .tooManyPageBreaks(count: sorted.count, limit: ExcelLimits.pageBreaks), at: location())
        }
        // Row 0 would end the C list (0 terminates it); past the last row the break means nothing.
        if let bad = sorted.first(where: { $0 < 1 || $0 >= ExcelLimits.rows }) {
            throw WriterError.invalidArgument(field: .pageBreaks, problem: .pageBreakRowOutOfRange(bad), at: location())
        }
        guard !sorted.isEmpty else { return }
        var list = sorted.map { lxw_row_t($0) } + [0]
        try check(worksheet_set_h_pagebreaks(sheet, &list), call: "worksheet_set_h_pagebreaks", at: location())
    }
}
