/// How a cell looks: font, fill, borders, alignment, number format and protection flags.
///
/// A plain value: build it once, reuse it everywhere. The workbook turns each distinct style
/// into one libxlsxwriter format and reuses it, so equal styles cost nothing extra.
/// Fields left `nil` mean "Excel's default" (for the font: the workbook's default font).
public struct CellStyle: Hashable, Sendable {
    /// Font name, e.g. `游ゴシック` or `ＭＳ Ｐゴシック`; nil uses the workbook's default font.
    public var fontName: String?
    /// Font size in points (1–409); nil uses the workbook's default size.
    public var fontSize: Double?
    /// Bold text.
    public var bold: Bool
    /// Italic text.
    public var italic: Bool
    /// Underline.
    public var underline: Underline
    /// Strike-through text.
    public var strikeout: Bool
    /// Text colour; nil is automatic (black).
    public var fontColor: RGBColor?
    /// Solid background fill; nil is no fill.
    public var fillColor: RGBColor?
    /// Cell borders.
    public var borders: Borders
    /// Horizontal alignment; nil is Excel's "General" (text left, numbers right).
    public var horizontalAlignment: HorizontalAlignment?
    /// Vertical alignment; nil is bottom.
    public var verticalAlignment: VerticalAlignment?
    /// Wrap long text onto several lines.
    public var wrapText: Bool
    /// Shrink text to fit the column.
    public var shrinkToFit: Bool
    /// Indent level (0–250), used with left or right alignment.
    public var indent: Int
    /// Text rotation.
    public var rotation: TextRotation?
    /// Excel number format code, e.g. `#,##0`, `0.0%`, `yyyy/m/d`, `[$-ja-JP]ggge"年"m"月"d"日"`.
    public var numberFormat: String?
    /// Locked when the sheet is protected (Excel's default is locked).
    public var locked: Bool
    /// Hide the formula in the formula bar when the sheet is protected.
    public var formulaHidden: Bool

    /// A style; every argument has Excel's default.
    public init(
        fontName: String? = nil, fontSize: Double? = nil, bold: Bool = false, italic: Bool = false,
        underline: Underline = .none, strikeout: Bool = false, fontColor: RGBColor? = nil,
        fillColor: RGBColor? = nil, borders: Borders = .none,
        horizontalAlignment: HorizontalAlignment? = nil, verticalAlignment: VerticalAlignment? = nil,
        wrapText: Bool = false, shrinkToFit: Bool = false, indent: Int = 0, rotation: TextRotation? = nil,
        numberFormat: String? = nil, locked: Bool = true, formulaHidden: Bool = false
    ) {
        self.fontName = fontName
        self.fontSize = fontSize
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.strikeout = strikeout
        self.fontColor = fontColor
        self.fillColor = fillColor
        self.borders = borders
        self.horizontalAlignment = horizontalAlignment
        self.verticalAlignment = verticalAlignment
        self.wrapText = wrapText
        self.shrinkToFit = shrinkToFit
        self.indent = indent
        self.rotation = rotation
        self.numberFormat = numberFormat
        self.locked = locked
        self.formulaHidden = formulaHidden
    }

    /// Excel's default look.
    public static let plain = CellStyle()

    /// True when nothing differs from Excel's default look.
    public var isPlain: Bool { self == .plain }

    /// Underline styles.
    public enum Underline: Hashable, Sendable {
        /// No underline, single, double, and the accounting variants (under the whole cell width).
        case none, single, double, singleAccounting, doubleAccounting
    }

    /// Horizontal alignment.
    public enum HorizontalAlignment: Hashable, Sendable {
        /// 左詰め, 中央揃え, 右詰め, 繰り返し, 両端揃え, 選択範囲内で中央, 均等割り付け.
        case left, center, right, fill, justify, centerAcrossSelection, distributed
    }

    /// Vertical alignment.
    public enum VerticalAlignment: Hashable, Sendable {
        /// 上詰め, 中央揃え, 下詰め, 両端揃え, 均等割り付け.
        case top, center, bottom, justify, distributed
    }

    /// Text rotation.
    public enum TextRotation: Hashable, Sendable {
        /// Degrees counter-clockwise, -90…90.
        case degrees(Int)
        /// Letters stacked top to bottom (縦書き).
        case stacked
    }

    /// Line styles for borders.
    public enum BorderStyle: Hashable, Sendable {
        /// Common line styles (細線, 中線, 太線, 破線, 点線, 二重線, 極細線).
        case thin, medium, thick, dashed, dotted, double, hair
        /// The remaining dash patterns of Excel's border dialog.
        case mediumDashed, dashDot, mediumDashDot, dashDotDot, mediumDashDotDot, slantDashDot
    }

    /// One border line: style and optional colour (nil is automatic).
    public struct BorderLine: Hashable, Sendable {
        /// Line style.
        public var style: BorderStyle
        /// Line colour; nil is automatic.
        public var color: RGBColor?

        /// A border line.
        public init(_ style: BorderStyle, color: RGBColor? = nil) {
            self.style = style
            self.color = color
        }
    }

    /// The four borders of a cell.
    public struct Borders: Hashable, Sendable {
        /// Top edge.
        public var top: BorderLine?
        /// Bottom edge.
        public var bottom: BorderLine?
        /// Left edge.
        public var left: BorderLine?
        /// Right edge.
        public var right: BorderLine?

        /// Borders per edge.
        public init(top: BorderLine? = nil, bottom: BorderLine? = nil, left: BorderLine? = nil, right: BorderLine? = nil) {
            self.top = top
            self.bottom = bottom
            self.left = left
            self.right = right
        }

        /// No borders.
        public static let none = Borders()

        /// The same line on all four edges (表の罫線).
        public static func all(_ line: BorderLine) -> Borders {
            Borders(top: line, bottom: line, left: line, right: line)
        }
    }
}
