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
    /// Stream every sheet's rows to a temporary file as they are finished (libxlsxwriter's
    /// `constant_memory` mode) instead of keeping every cell in memory until `close()`.
    /// `XLSXWorkbook.addWorksheet(name:constantMemory:)` can decide it sheet by sheet instead.
    ///
    /// Memory then stays flat however many rows a sheet has, at these costs:
    /// - Rows must be written top to bottom. The cells of the current row may come in any order
    ///   and `setRow` may style it, but a write to a row above the current one (a cell, a blank,
    ///   a note, `setRow`, a merge starting there, an autofilter ending there) throws
    ///   `WriterError.rowAlreadyWritten` instead of being lost.
    /// - A styled `mergeRange` writes its blank cells into every row it covers at once: after
    ///   such a merge over several rows the current row is its last row, so the other columns of
    ///   the rows above can no longer be written. Merge within one row, or write those cells first.
    /// - Strings are written inline in each cell (`t="inlineStr"`), not into a shared-string
    ///   table: the file holds the same values, but is larger before compression.
    /// - A chart gets no cached values from such a sheet (Excel reads the cells on opening).
    /// - Each such sheet keeps a temporary file open until `close()`.
    public var constantMemory: Bool

    /// Options; by default Calibri, the system temp directory, no ZIP64 and every cell kept
    /// in memory until `close()`.
    public init(defaultFont: WorkbookFont? = nil, temporaryDirectory: String? = nil, useZip64: Bool = false, constantMemory: Bool = false) {
        self.defaultFont = defaultFont
        self.temporaryDirectory = temporaryDirectory
        self.useZip64 = useZip64
        self.constantMemory = constantMemory
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
