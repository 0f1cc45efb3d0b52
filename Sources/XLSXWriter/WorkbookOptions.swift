import Foundation

/// Settings fixed when a workbook is created.
public struct WorkbookOptions: Sendable {
    /// The font for every cell whose style names none, and for unstyled cells (Excel's
    /// "標準" style). nil keeps libxlsxwriter's Calibri 11.
    ///
    /// libxlsxwriter 1.1.4 has no API for the workbook font. The wrapper sets it on the
    /// library's default format (the first entry of `lxw_workbook.formats`, which becomes
    /// `fontId 0` and the "Normal" cell style) and on the default hyperlink format, and adds it
    /// to every format it creates. Column widths are still in Calibri-11 character units,
    /// because libxlsxwriter writes no `<sheetFormatPr baseColWidth>` for other fonts.
    public var defaultFont: WorkbookFont?
    /// Directory for libxlsxwriter's temporary files (default: the system's `TMPDIR`).
    public var temporaryDirectory: String?
    /// Allow ZIP64 so the package or a part may exceed 4 GB (off: Excel 2007 cannot read ZIP64).
    public var useZip64: Bool

    /// Options; by default Calibri, the system temp directory and no ZIP64.
    ///
    /// `constant_memory` mode is deliberately not offered: it forbids merged cells and
    /// out-of-order rows, which the reports need, and keeps an open temp file per sheet.
    public init(defaultFont: WorkbookFont? = nil, temporaryDirectory: String? = nil, useZip64: Bool = false) {
        self.defaultFont = defaultFont
        self.temporaryDirectory = temporaryDirectory
        self.useZip64 = useZip64
    }
}

/// A font name and size used as the workbook's default.
public struct WorkbookFont: Hashable, Sendable {
    /// Font name as Excel shows it.
    public var name: String
    /// Size in points.
    public var size: Double

    /// A font.
    public init(name: String, size: Double = 11) {
        self.name = name
        self.size = size
    }

    /// 游ゴシック 11 pt, the default of Japanese Excel 2016 and later.
    public static let yuGothic = WorkbookFont(name: "游ゴシック", size: 11)
    /// ＭＳ Ｐゴシック 11 pt, the default of older Japanese Excel.
    public static let msPGothic = WorkbookFont(name: "ＭＳ Ｐゴシック", size: 11)
}

/// The document properties shown in Excel under ファイル → 情報 → プロパティ.
public struct WorkbookProperties: Hashable, Sendable {
    /// タイトル.
    public var title: String?
    /// サブタイトル (subject).
    public var subject: String?
    /// 作成者.
    public var author: String?
    /// 管理者.
    public var manager: String?
    /// 会社名.
    public var company: String?
    /// 分類.
    public var category: String?
    /// キーワード.
    public var keywords: String?
    /// コメント.
    public var comments: String?
    /// 状態.
    public var status: String?
    /// Written as both `dcterms:created` and `dcterms:modified` in `docProps/core.xml`
    /// (libxlsxwriter 1.1.4 uses the creation time for both). Fixed by default so that the
    /// same calls always produce the same bytes; libxlsxwriter itself would use the current time.
    public var created: Date

    /// The default creation time: 2000-01-01T00:00:00Z. Any fixed value keeps output
    /// reproducible; pass the real report date when it matters.
    public static let reproducibleCreated = Date(timeIntervalSince1970: 946_684_800)

    /// Properties; unset texts are left out of the file.
    public init(
        title: String? = nil, subject: String? = nil, author: String? = nil, manager: String? = nil,
        company: String? = nil, category: String? = nil, keywords: String? = nil, comments: String? = nil,
        status: String? = nil, created: Date = WorkbookProperties.reproducibleCreated
    ) {
        self.title = title
        self.subject = subject
        self.author = author
        self.manager = manager
        self.company = company
        self.category = category
        self.keywords = keywords
        self.comments = comments
        self.status = status
        self.created = created
    }
}

/// The value of a custom document property (ファイル → プロパティ → ユーザー設定).
public enum CustomPropertyValue: Hashable, Sendable {
    /// Text (at most 255 characters).
    case text(String)
    /// A number.
    case number(Double)
    /// Yes / no.
    case boolean(Bool)
    /// A moment in time, stored in UTC (`…Z`).
    case date(Date)
}
