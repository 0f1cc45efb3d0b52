import CXLSXWriter

/// A chart of the workbook. Create it with `XLSXWorkbook.addChart`, add series, then insert it
/// once with `XLSXWorksheet.insertChart`. libxlsxwriter frees charts with the workbook.
///
/// Series refer to sheet ranges by sheet name and cell numbers (`chart_series_set_values`),
/// so libxlsxwriter quotes names with spaces, Japanese or apostrophes itself
/// (`'O''Brien シート'!$A$1:$A$2`) and fills the cached values from the written cells.
public struct XLSXChart {
    /// Chart types.
    public enum Kind: Hashable, Sendable {
        /// 縦棒 (集合, 積み上げ, 100%積み上げ).
        case column, stackedColumn, percentStackedColumn
        /// 横棒 (集合, 積み上げ, 100%積み上げ).
        case bar, stackedBar, percentStackedBar
        /// 折れ線 (通常, 積み上げ).
        case line, stackedLine
        /// 円, ドーナツ.
        case pie, doughnut
        /// 面 (通常, 積み上げ).
        case area, stackedArea
        /// レーダー.
        case radar

        var lxw: UInt8 {
            let value: lxw_chart_type
            switch self {
            case .column: value = LXW_CHART_COLUMN
            case .stackedColumn: value = LXW_CHART_COLUMN_STACKED
            case .percentStackedColumn: value = LXW_CHART_COLUMN_STACKED_PERCENT
            case .bar: value = LXW_CHART_BAR
            case .stackedBar: value = LXW_CHART_BAR_STACKED
            case .percentStackedBar: value = LXW_CHART_BAR_STACKED_PERCENT
            case .line: value = LXW_CHART_LINE
            case .stackedLine: value = LXW_CHART_LINE_STACKED
            case .pie: value = LXW_CHART_PIE
            case .doughnut: value = LXW_CHART_DOUGHNUT
            case .area: value = LXW_CHART_AREA
            case .stackedArea: value = LXW_CHART_AREA_STACKED
            case .radar: value = LXW_CHART_RADAR
            }
            return UInt8(value.rawValue)
        }

        /// Pie and doughnut charts have no axes.
        public var hasAxes: Bool { self != .pie && self != .doughnut }

        /// Line-type series are coloured by their line, others by their fill.
        var colorsLine: Bool { self == .line || self == .stackedLine || self == .radar }
    }

    /// Legend placement.
    public enum LegendPosition: Hashable, Sendable {
        /// No legend, or its side of the chart.
        case none, right, left, top, bottom
    }

    /// The workbook the chart belongs to.
    public let workbook: XLSXWorkbook
    let record: ChartRecord

    init(workbook: XLSXWorkbook, record: ChartRecord) {
        self.workbook = workbook
        self.record = record
    }

    /// The chart type.
    public var kind: Kind { record.kind }

    /// Number of series added.
    public var seriesCount: Int { record.seriesCount }

    private func handle() throws(WriterError) -> UnsafeMutablePointer<lxw_chart> {
        try workbook.requireOpen()
        return record.pointer
    }

    private var location: WriterError.Location { .init(path: workbook.path) }

    /// Adds a series. Every sheet it names must already exist in the workbook (libxlsxwriter
    /// would otherwise only print a warning while closing and leave the cache empty).
    public func addSeries(_ series: ChartSeries) throws {
        let chart = try handle()
        for range in [series.values] + (series.categories.map { [$0] } ?? []) {
            try requireSheetRange(range)
        }
        if case .cell(let sheet, let cell)? = series.name {
            try requireSheetRange(SheetRange(sheet: sheet, range: RangeAddress(cell)))
        }
        if case .text(let text)? = series.name {
            try requireLength(text, atMost: ExcelLimits.label, field: .chartSeriesName, at: location)
        }
        if let format = series.dataLabels?.numberFormat {
            try requireBytes(format, atMost: ExcelLimits.formatFieldBytes, field: .chartLabelFormat, at: location)
        }
        guard let added = chart_add_series(chart, nil, nil) else {
            throw allocationFailure(call: "chart_add_series", at: location)
        }
        let values = series.values.range
        chart_series_set_values(
            added, series.values.sheet, lxw_row_t(values.first.row), lxw_col_t(values.first.column),
            lxw_row_t(values.last.row), lxw_col_t(values.last.column))
        if let categories = series.categories {
            let r = categories.range
            chart_series_set_categories(
                added, categories.sheet, lxw_row_t(r.first.row), lxw_col_t(r.first.column),
                lxw_row_t(r.last.row), lxw_col_t(r.last.column))
        }
        switch series.name {
        case nil: break
        case .text(let text)?: chart_series_set_name(added, text)
        case .cell(let sheet, let cell)?:
            chart_series_set_name_range(added, sheet, lxw_row_t(cell.row), lxw_col_t(cell.column))
        }
        if series.color != nil || (series.dash != nil && kind.colorsLine) {
            // libxlsxwriter copies the line/fill structs.
            if kind.colorsLine {
                var line = lxw_chart_line()
                if let color = series.color { line.color = color.lxw }
                line.width = 2.25
                if let dash = series.dash { line.dash_type = dash.lxw }
                chart_series_set_line(added, &line)
            } else if let color = series.color {
                var fill = lxw_chart_fill()
                fill.color = color.lxw
                chart_series_set_fill(added, &fill)
            }
        }
        if !series.pointColors.isEmpty {
            try setPointColors(series.pointColors, on: added)
        }
        if let labels = series.dataLabels {
            chart_series_set_labels(added)
            chart_series_set_labels_options(added, labels.seriesName ? 1 : 0, labels.category ? 1 : 0, labels.value ? 1 : 0)
            if labels.percentage { chart_series_set_labels_percentage(added) }
            if let format = labels.numberFormat { chart_series_set_labels_num_format(added, format) }
            if let position = labels.position { chart_series_set_labels_position(added, position.lxw) }
            if let font = record.fontName {
                withCStrings { strings in
                    var f = lxw_chart_font()
                    f.name = strings.copy(font)
                    chart_series_set_labels_font(added, &f)
                }
            }
        }
        if series.smooth { chart_series_set_smooth(added, 1) }
        if let marker = series.marker, kind.colorsLine {
            chart_series_set_marker_type(added, marker.shape.lxw)
            if marker.shape != .none {
                chart_series_set_marker_size(added, UInt8(min(max(marker.size, 2), 72)))
                if let color = series.color {
                    var fill = lxw_chart_fill()
                    fill.color = color.lxw
                    chart_series_set_marker_fill(added, &fill)
                    var line = lxw_chart_line()
                    line.color = color.lxw
                    chart_series_set_marker_line(added, &line)
                }
            }
        }
        record.seriesCount += 1
    }

    private func setPointColors(_ colors: [RGBColor], on series: UnsafeMutablePointer<lxw_chart_series>) throws {
        let fills = UnsafeMutablePointer<lxw_chart_fill>.allocate(capacity: colors.count)
        let points = UnsafeMutablePointer<lxw_chart_point>.allocate(capacity: colors.count)
        let list = UnsafeMutablePointer<UnsafeMutablePointer<lxw_chart_point>?>.allocate(capacity: colors.count + 1)
        defer {
            fills.deallocate()
            points.deallocate()
            list.deallocate()
        }
        for (i, color) in colors.enumerated() {
            var fill = lxw_chart_fill()
            fill.color = color.lxw
            (fills + i).initialize(to: fill)
            (points + i).initialize(to: lxw_chart_point(line: nil, fill: fills + i, pattern: nil))
            (list + i).initialize(to: points + i)
        }
        (list + colors.count).initialize(to: nil)
        // chart_series_set_points copies the points and their fills.
        try check(chart_series_set_points(series, list), call: "chart_series_set_points", at: location)
    }

    private func requireSheetRange(_ range: SheetRange) throws(WriterError) {
        guard workbook.sheetNames.contains(range.sheet) else { throw .unknownSheet(name: range.sheet, at: location) }
        guard range.range.isInsideSheet else {
            throw .cellOutOfRange(at: .init(path: workbook.path, sheet: range.sheet, cell: range.range.a1))
        }
    }

    /// Sets the chart title (nil removes the automatic title).
    public func setTitle(_ title: String?) throws {
        let chart = try handle()
        guard let title else {
            chart_title_off(chart)
            return
        }
        try requireLength(title, atMost: ExcelLimits.label, field: .chartTitle, at: location)
        chart_title_set_name(chart, title)
    }

    /// Sets the axis titles (category axis is horizontal for columns, vertical for bars).
    public func setAxisTitles(category: String?, value: String?) throws {
        let chart = try handle()
        guard kind.hasAxes else {
            throw WriterError.invalidArgument(field: .chartAxis, problem: .noAxesOnPieChart, at: location)
        }
        if let category {
            try requireLength(category, atMost: ExcelLimits.label, field: .chartAxis, at: location)
            chart_axis_set_name(chart.pointee.x_axis, category)
        }
        if let value {
            try requireLength(value, atMost: ExcelLimits.label, field: .chartAxis, at: location)
            chart_axis_set_name(chart.pointee.y_axis, value)
        }
    }

    /// Fixes the value axis range, step and number format (each optional).
    public func setValueAxis(minimum: Double? = nil, maximum: Double? = nil, majorUnit: Double? = nil, numberFormat: String? = nil) throws {
        let chart = try handle()
        guard kind.hasAxes else {
            throw WriterError.invalidArgument(field: .chartAxis, problem: .noAxesOnPieChart, at: location)
        }
        if let minimum, let maximum, minimum >= maximum {
            throw WriterError.invalidArgument(
                field: .chartAxis, problem: .axisMinimumNotBelowMaximum(minimum: minimum, maximum: maximum), at: location)
        }
        if let majorUnit, !(majorUnit > 0) {
            throw WriterError.invalidArgument(field: .chartAxis, problem: .axisUnitNotPositive, at: location)
        }
        if let numberFormat { try requireBytes(numberFormat, atMost: ExcelLimits.formatFieldBytes, field: .chartAxis, at: location) }
        let axis = chart.pointee.y_axis
        if let minimum { chart_axis_set_min(axis, minimum) }
        if let maximum { chart_axis_set_max(axis, maximum) }
        if let majorUnit { chart_axis_set_major_unit(axis, majorUnit) }
        if let numberFormat { chart_axis_set_num_format(axis, numberFormat) }
    }

    /// Places (or hides) the legend.
    public func setLegend(_ position: LegendPosition) throws {
        let chart = try handle()
        let value: lxw_chart_legend_position
        switch position {
        case .none: value = LXW_CHART_LEGEND_NONE
        case .right: value = LXW_CHART_LEGEND_RIGHT
        case .left: value = LXW_CHART_LEGEND_LEFT
        case .top: value = LXW_CHART_LEGEND_TOP
        case .bottom: value = LXW_CHART_LEGEND_BOTTOM
        }
        chart_legend_set_position(chart, UInt8(value.rawValue))
    }

    /// Uses one of Excel's 48 built-in chart styles (1–48; 2 is the default).
    public func setStyle(_ id: Int) throws {
        let chart = try handle()
        guard (1...48).contains(id) else {
            throw WriterError.invalidArgument(field: .chartStyle, problem: .chartStyleOutOfRange(id), at: location)
        }
        chart_set_style(chart, UInt8(id))
    }

    /// Uses `name` for the title, axis titles and numbers, legend and data labels added later.
    /// Charts made by a workbook with a default font get that font automatically.
    public func setFont(name: String) throws {
        try workbook.requireOpen()
        try requireBytes(name, atMost: ExcelLimits.formatFieldBytes, field: .fontName, at: location)
        applyFont(name: name)
    }

    /// Sets the text font of title, axes and legend (libxlsxwriter copies the font struct).
    func applyFont(name: String) {
        record.fontName = name
        let chart = record.pointer
        withCStrings { strings in
            var font = lxw_chart_font()
            font.name = strings.copy(name)
            chart_title_set_name_font(chart, &font)
            chart_legend_set_font(chart, &font)
            if kind.hasAxes {
                chart_axis_set_name_font(chart.pointee.x_axis, &font)
                chart_axis_set_name_font(chart.pointee.y_axis, &font)
                chart_axis_set_num_font(chart.pointee.x_axis, &font)
                chart_axis_set_num_font(chart.pointee.y_axis, &font)
            }
        }
    }
}

extension ChartSeries.LineDash {
    var lxw: UInt8 {
        let value: lxw_chart_line_dash_type
        switch self {
        case .solid: value = LXW_CHART_LINE_DASH_SOLID
        case .dash: value = LXW_CHART_LINE_DASH_DASH
        case .longDash: value = LXW_CHART_LINE_DASH_LONG_DASH
        case .roundDot: value = LXW_CHART_LINE_DASH_ROUND_DOT
        }
        return UInt8(value.rawValue)
    }
}

extension ChartSeries.Marker.Shape {
    var lxw: UInt8 {
        let value: lxw_chart_marker_type
        switch self {
        case .circle: value = LXW_CHART_MARKER_CIRCLE
        case .square: value = LXW_CHART_MARKER_SQUARE
        case .diamond: value = LXW_CHART_MARKER_DIAMOND
        case .triangle: value = LXW_CHART_MARKER_TRIANGLE
        case .none: value = LXW_CHART_MARKER_NONE
        }
        return UInt8(value.rawValue)
    }
}

extension ChartSeries.DataLabels.Position {
    var lxw: UInt8 {
        let value: lxw_chart_label_position
        switch self {
        case .center: value = LXW_CHART_LABEL_POSITION_CENTER
        case .right: value = LXW_CHART_LABEL_POSITION_RIGHT
        case .left: value = LXW_CHART_LABEL_POSITION_LEFT
        case .above: value = LXW_CHART_LABEL_POSITION_ABOVE
        case .below: value = LXW_CHART_LABEL_POSITION_BELOW
        case .insideBase: value = LXW_CHART_LABEL_POSITION_INSIDE_BASE
        case .insideEnd: value = LXW_CHART_LABEL_POSITION_INSIDE_END
        case .outsideEnd: value = LXW_CHART_LABEL_POSITION_OUTSIDE_END
        case .bestFit: value = LXW_CHART_LABEL_POSITION_BEST_FIT
        }
        return UInt8(value.rawValue)
    }
}
