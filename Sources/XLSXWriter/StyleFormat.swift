import CXLSXWriter

/// Turns a `CellStyle` into calls on a libxlsxwriter `lxw_format`.
enum StyleFormat {
    /// Rejects values libxlsxwriter would cut or ignore silently.
    static func validate(_ style: CellStyle, at location: @autoclosure () -> WriterError.Location) throws(WriterError) {
        if let name = style.fontName {
            guard !name.isEmpty else {
                throw .invalidArgument(field: .fontName, problem: .emptyFontName, at: location())
            }
            try requireBytes(name, atMost: ExcelLimits.formatFieldBytes, field: .fontName, at: location())
        }
        if let size = style.fontSize, !ExcelLimits.fontSize.contains(size) {
            throw .invalidArgument(field: .fontSize, problem: .fontSizeOutOfRange(size), at: location())
        }
        if let format = style.numberFormat {
            try requireBytes(format, atMost: ExcelLimits.formatFieldBytes, field: .numberFormat, at: location())
        }
        guard (0...250).contains(style.indent) else {
            throw .invalidArgument(field: .indent, problem: .indentOutOfRange(style.indent), at: location())
        }
        if case .degrees(let angle)? = style.rotation, !(-90...90).contains(angle) {
            throw .invalidArgument(field: .rotation, problem: .rotationOutOfRange(angle), at: location())
        }
    }

    /// Sets every property of `style` on a fresh format.
    static func apply(_ style: CellStyle, defaultFont: WorkbookFont?, to format: UnsafeMutablePointer<lxw_format>) {
        if let name = style.fontName ?? defaultFont?.name { format_set_font_name(format, name) }
        if let size = style.fontSize ?? defaultFont?.size { format_set_font_size(format, size) }
        if style.bold { format_set_bold(format) }
        if style.italic { format_set_italic(format) }
        if style.strikeout { format_set_font_strikeout(format) }
        switch style.underline {
        case .none: break
        case .single: format_set_underline(format, UInt8(LXW_UNDERLINE_SINGLE.rawValue))
        case .double: format_set_underline(format, UInt8(LXW_UNDERLINE_DOUBLE.rawValue))
        case .singleAccounting: format_set_underline(format, UInt8(LXW_UNDERLINE_SINGLE_ACCOUNTING.rawValue))
        case .doubleAccounting: format_set_underline(format, UInt8(LXW_UNDERLINE_DOUBLE_ACCOUNTING.rawValue))
        }
        if let color = style.fontColor { format_set_font_color(format, color.lxw) }
        if let fill = style.fillColor {
            // A solid pattern with bg_color works for cell formats and for the dxf formats
            // of conditional formatting alike (libxlsxwriter swaps fg/bg where Excel needs it).
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, fill.lxw)
        }
        if let line = style.borders.top {
            format_set_top(format, borderCode(line.style))
            if let color = line.color { format_set_top_color(format, color.lxw) }
        }
        if let line = style.borders.bottom {
            format_set_bottom(format, borderCode(line.style))
            if let color = line.color { format_set_bottom_color(format, color.lxw) }
        }
        if let line = style.borders.left {
            format_set_left(format, borderCode(line.style))
            if let color = line.color { format_set_left_color(format, color.lxw) }
        }
        if let line = style.borders.right {
            format_set_right(format, borderCode(line.style))
            if let color = line.color { format_set_right_color(format, color.lxw) }
        }
        if let h = style.horizontalAlignment { format_set_align(format, horizontalCode(h)) }
        if let v = style.verticalAlignment { format_set_align(format, verticalCode(v)) }
        if style.wrapText { format_set_text_wrap(format) }
        if style.shrinkToFit { format_set_shrink(format) }
        if style.indent > 0 { format_set_indent(format, UInt8(style.indent)) }
        switch style.rotation {
        case nil: break
        case .degrees(let angle)?: format_set_rotation(format, Int16(angle))
        case .stacked?: format_set_rotation(format, 270)
        }
        if let code = style.numberFormat { format_set_num_format(format, code) }
        if !style.locked { format_set_unlocked(format) }
        if style.formulaHidden { format_set_hidden(format) }
    }

    private static func borderCode(_ style: CellStyle.BorderStyle) -> UInt8 {
        let value: lxw_format_borders
        switch style {
        case .thin: value = LXW_BORDER_THIN
        case .medium: value = LXW_BORDER_MEDIUM
        case .thick: value = LXW_BORDER_THICK
        case .dashed: value = LXW_BORDER_DASHED
        case .dotted: value = LXW_BORDER_DOTTED
        case .double: value = LXW_BORDER_DOUBLE
        case .hair: value = LXW_BORDER_HAIR
        case .mediumDashed: value = LXW_BORDER_MEDIUM_DASHED
        case .dashDot: value = LXW_BORDER_DASH_DOT
        case .mediumDashDot: value = LXW_BORDER_MEDIUM_DASH_DOT
        case .dashDotDot: value = LXW_BORDER_DASH_DOT_DOT
        case .mediumDashDotDot: value = LXW_BORDER_MEDIUM_DASH_DOT_DOT
        case .slantDashDot: value = LXW_BORDER_SLANT_DASH_DOT
        }
        return UInt8(value.rawValue)
    }

    private static func horizontalCode(_ alignment: CellStyle.HorizontalAlignment) -> UInt8 {
        let value: lxw_format_alignments
        switch alignment {
        case .left: value = LXW_ALIGN_LEFT
        case .center: value = LXW_ALIGN_CENTER
        case .right: value = LXW_ALIGN_RIGHT
        case .fill: value = LXW_ALIGN_FILL
        case .justify: value = LXW_ALIGN_JUSTIFY
        case .centerAcrossSelection: value = LXW_ALIGN_CENTER_ACROSS
        case .distributed: value = LXW_ALIGN_DISTRIBUTED
        }
        return UInt8(value.rawValue)
    }

    private static func verticalCode(_ alignment: CellStyle.VerticalAlignment) -> UInt8 {
        let value: lxw_format_alignments
        switch alignment {
        case .top: value = LXW_ALIGN_VERTICAL_TOP
        case .center: value = LXW_ALIGN_VERTICAL_CENTER
        case .bottom: value = LXW_ALIGN_VERTICAL_BOTTOM
        case .justify: value = LXW_ALIGN_VERTICAL_JUSTIFY
        case .distributed: value = LXW_ALIGN_VERTICAL_DISTRIBUTED
        }
        return UInt8(value.rawValue)
    }
}
