/// One data series of a chart: its values, the category labels and how it looks.
public struct ChartSeries: Hashable, Sendable {
    /// Data labels on the points.
    public struct DataLabels: Hashable, Sendable {
        /// Show the value (値).
        public var value: Bool
        /// Show the category name (分類名).
        public var category: Bool
        /// Show the series name (系列名).
        public var seriesName: Bool
        /// Show the percentage (パーセンテージ; pie and doughnut charts).
        public var percentage: Bool
        /// Number format of the labels, e.g. `0.0`, `0%`.
        public var numberFormat: String?
        /// Where the labels sit.
        public var position: Position?

        /// Label positions (availability depends on the chart type, as in Excel).
        public enum Position: Hashable, Sendable {
            /// 中央, 右, 左, 上, 下, 内側軸寄り, 内側外寄り, 外側, 自動調整.
            case center, right, left, above, below, insideBase, insideEnd, outsideEnd, bestFit
        }

        /// Labels; by default the value only.
        public init(
            value: Bool = true, category: Bool = false, seriesName: Bool = false, percentage: Bool = false,
            numberFormat: String? = nil, position: Position? = nil
        ) {
            self.value = value
            self.category = category
            self.seriesName = seriesName
            self.percentage = percentage
            self.numberFormat = numberFormat
            self.position = position
        }
    }

    /// How a series' line is drawn (line-type charts).
    public enum LineDash: Hashable, Sendable {
        /// 実線, 破線, 長破線, 丸点線.
        case solid, dash, longDash, roundDot
    }

    /// A point marker (line-type charts): its shape and size in points (kept within Excel's
    /// 2–72). Markers keep a series with a single point visible.
    public struct Marker: Hashable, Sendable {
        /// 丸, 四角, ひし形, 三角, なし.
        public enum Shape: Hashable, Sendable { case circle, square, diamond, triangle, none }

        public var shape: Shape
        public var size: Int

        /// A marker; 7 points by default.
        public init(_ shape: Shape, size: Int = 7) {
            self.shape = shape
            self.size = size
        }
    }

    /// The series name: literal text or the cell that holds it.
    public enum Name: Hashable, Sendable {
        /// Literal text shown in the legend.
        case text(String)
        /// The value of a cell, e.g. the column heading.
        case cell(sheet: String, CellAddress)
    }

    /// The legend name.
    public var name: Name?
    /// Category labels (the x axis or pie slices), e.g. `'集計 表'!$A$2:$A$6`.
    public var categories: SheetRange?
    /// The values to plot.
    public var values: SheetRange
    /// Fill colour (columns, bars, areas) or line colour (line charts).
    public var color: RGBColor?
    /// One colour per point, for pie and doughnut slices.
    public var pointColors: [RGBColor]
    /// Data labels; nil shows none.
    public var dataLabels: DataLabels?
    /// Smooth the line (line charts).
    public var smooth: Bool
    /// The line's dash (line-type charts; nil keeps the chart's solid line).
    public var dash: LineDash?
    /// The point marker (line-type charts; nil keeps the chart's default).
    public var marker: Marker?

    /// A series.
    public init(
        name: Name? = nil, categories: SheetRange? = nil, values: SheetRange, color: RGBColor? = nil,
        pointColors: [RGBColor] = [], dataLabels: DataLabels? = nil, smooth: Bool = false, dash: LineDash? = nil,
        marker: Marker? = nil
    ) {
        self.name = name
        self.categories = categories
        self.values = values
        self.color = color
        self.pointColors = pointColors
        self.dataLabels = dataLabels
        self.smooth = smooth
        self.dash = dash
        self.marker = marker
    }
}

/// Where a chart sits on the sheet and how big it is.
public struct ChartPlacement: Hashable, Sendable {
    /// Pixels right of the anchor cell's left edge.
    public var xOffset: Int
    /// Pixels below the anchor cell's top edge.
    public var yOffset: Int
    /// Width factor of the default 480-pixel width.
    public var xScale: Double
    /// Height factor of the default 288-pixel height.
    public var yScale: Double

    /// Offsets in pixels and scale factors.
    public init(xOffset: Int = 0, yOffset: Int = 0, xScale: Double = 1, yScale: Double = 1) {
        self.xOffset = xOffset
        self.yOffset = yOffset
        self.xScale = xScale
        self.yScale = yScale
    }

    /// A chart `width` × `height` pixels (libxlsxwriter's default chart is 480 × 288).
    public init(width: Int, height: Int, xOffset: Int = 0, yOffset: Int = 0) {
        self.init(xOffset: xOffset, yOffset: yOffset, xScale: Double(width) / 480, yScale: Double(height) / 288)
    }
}
