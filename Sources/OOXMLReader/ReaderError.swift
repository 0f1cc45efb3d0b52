import Foundation

/// Everything that can stop a workbook from being read, each with the context a clerk needs.
///
/// `file` is the name shown to the user (usually the path relative to the input folder),
/// `part` the ZIP entry inside the workbook. Messages are Japanese (see `message`).
public enum ReaderError: Error, Equatable, Sendable {
    /// The file could not be opened or read from disk: not found, no permission, a folder, or not
    /// a regular file (a named pipe or device would block or never end). `reason` is Japanese;
    /// `detail` keeps the system's own text (errno), which is English.
    case unreadableFile(file: String, reason: String, detail: String? = nil)
    /// The file has zero bytes.
    case emptyFile(file: String)
    /// A CFB (OLE2) container holding an encrypted OOXML package: a password-protected workbook.
    case passwordProtected(file: String)
    /// A CFB (OLE2) container that is not encrypted OOXML: a legacy `.xls` workbook (or another Office file).
    case legacyBinaryWorkbook(file: String)
    /// Neither a ZIP nor a CFB container.
    case notXLSX(file: String)
    /// The ZIP container is cut short or damaged (no central directory, bad offsets, bad CRC).
    case brokenArchive(file: String, detail: String)
    /// A ZIP entry uses encryption or a compression method other than stored/deflate.
    case unsupportedEntry(file: String, part: String, detail: String)
    /// Two ZIP entries share a name (compared case-insensitively, `\` as `/`).
    case duplicateEntry(file: String, part: String)
    /// More entries, or more inflated bytes, than the safety caps allow (a ZIP bomb or a runaway file).
    case limitExceeded(file: String, part: String, detail: String)
    /// A required part is missing (for example `_rels/.rels` or the workbook part).
    case missingPart(file: String, part: String)
    /// A part's XML is malformed or truncated. `detail` is libxml2's own (English) text and is
    /// kept out of `message`.
    case malformedXML(file: String, part: String, line: Int, detail: String)
    /// A part contains a DOCTYPE; OOXML never does, so this is refused (XXE, entity expansion).
    case forbiddenDoctype(file: String, part: String)
    /// A cell refers to a shared string that does not exist.
    case sharedStringOutOfRange(file: String, sheet: String, cell: String, index: Int, count: Int)
    /// The requested sheet does not exist in the workbook.
    case noSuchSheet(file: String, sheet: String)
    /// A row or cell position past Excel's sheet limits (1,048,576 rows, 16,384 columns: the last
    /// cell is XFD1048576), written in an `r` attribute or reached by positions without `r`.
    /// `position` says which, in Japanese (e.g. `セル番地 r="XFE1"`, `1048577行目`).
    case outOfSheetLimits(file: String, sheet: String, position: String)
    /// A `t="d"` cell whose ISO 8601 date lies outside the years 1–9999 (Excel's calendar ends
    /// at 9999-12-31; larger years do not fit date arithmetic).
    case dateOutOfRange(file: String, sheet: String, cell: String, text: String)

    /// The file the error is about.
    public var file: String {
        switch self {
        case .unreadableFile(let file, _, _), .emptyFile(let file), .passwordProtected(let file),
             .legacyBinaryWorkbook(let file), .notXLSX(let file), .brokenArchive(let file, _),
             .unsupportedEntry(let file, _, _), .duplicateEntry(let file, _), .limitExceeded(let file, _, _),
             .missingPart(let file, _), .malformedXML(let file, _, _, _), .forbiddenDoctype(let file, _),
             .sharedStringOutOfRange(let file, _, _, _, _), .noSuchSheet(let file, _),
             .outOfSheetLimits(let file, _, _), .dateOutOfRange(let file, _, _, _):
            return file
        }
    }

    /// Technical detail behind the message (a library's text, an errno, a byte offset), for the
    /// 詳細 column and `--json`; nil when the message says everything.
    public var detail: String? {
        switch self {
        case .unreadableFile(_, _, let d):
            return d
        case .brokenArchive(_, let d), .unsupportedEntry(_, _, let d), .limitExceeded(_, _, let d),
             .malformedXML(_, _, _, let d):
            return d
        default:
            return nil
        }
    }

    /// A Japanese message for the clerk: what is wrong, where, and what to do.
    ///
    /// Only Japanese text and names taken from the file (file, part, sheet, cell) go in here;
    /// a library's or the system's English text stays in `detail`.
    public var message: String {
        switch self {
        case .unreadableFile(let file, let reason, _):
            return "「\(file)」を開けません（\(reason)）。ファイルの場所と読み取り権限を確認してください。"
        case .emptyFile(let file):
            return "「\(file)」は空のファイル（0バイト）です。送信時に壊れた可能性があります。元のファイルをもう一度送ってもらってください。"
        case .passwordProtected(let file):
            return "「\(file)」はパスワード付き（暗号化された）ブックのため読み取れません。パスワードを外して .xlsx 形式で保存し直してもらってください。"
        case .legacyBinaryWorkbook(let file):
            return "「\(file)」は旧形式のExcelファイル（.xls など）です。Excelで開き「名前を付けて保存」で「Excel ブック (*.xlsx)」を選んで保存し直してください。"
        case .notXLSX(let file):
            return "「\(file)」はExcelブック（.xlsx）ではありません。Excelで開けるか確認し、.xlsx 形式で保存し直してください。"
        case .brokenArchive(let file, let detail):
            return "「\(file)」は壊れているか途中で切れています（\(detail)）。元のファイルをもう一度送ってもらってください。"
        case .unsupportedEntry(let file, let part, let detail):
            return "「\(file)」の部品「\(part)」を読み取れません（\(detail)）。Excelで開いて .xlsx 形式で保存し直してください。"
        case .duplicateEntry(let file, let part):
            return "「\(file)」の中に同じ名前の部品「\(part)」が複数あります。壊れたファイルです。Excelで開いて保存し直してください。"
        case .limitExceeded(let file, let part, let detail):
            return "「\(file)」（部品「\(part)」）は安全上の上限を超えています（\(detail)）。不正なファイルの可能性があるため読み取りを中止しました。"
        case .missingPart(let file, let part):
            return "「\(file)」に必要な部品「\(part)」がありません。壊れたファイルです。Excelで開いて .xlsx 形式で保存し直してください。"
        case .malformedXML(let file, let part, let line, _):
            let at = line > 0 ? "（\(line)行目付近）" : ""
            return "「\(file)」の部品「\(part)」\(at)のXMLが壊れています。元のファイルをもう一度送ってもらってください。"
        case .forbiddenDoctype(let file, let part):
            return "「\(file)」の部品「\(part)」に DOCTYPE 宣言があります。Excelブックには含まれないもので、不正なファイルの可能性があるため読み取りを中止しました。"
        case .sharedStringOutOfRange(let file, let sheet, let cell, let index, let count):
            return "「\(file)」のシート「\(sheet)」セル \(cell) が存在しない共有文字列（\(index)番、全\(count)件）を参照しています。壊れたファイルです。Excelで開いて保存し直してください。"
        case .noSuchSheet(let file, let sheet):
            return "「\(file)」にシート「\(sheet)」がありません。"
        case .outOfSheetLimits(let file, let sheet, let position):
            return "「\(file)」のシート「\(sheet)」の\(position)は、Excelのシートの上限（1,048,576行・16,384列、最後のセルは XFD1048576）を超えています。壊れたファイルか、Excel以外のプログラムが不正に書いたファイルです。元のファイルをもう一度送ってもらってください。"
        case .dateOutOfRange(let file, let sheet, let cell, let text):
            return "「\(file)」のシート「\(sheet)」セル \(cell) の日付「\(text)」は、Excelで扱える範囲（1年〜9999年）の外です。壊れたファイルです。元のファイルをもう一度送ってもらってください。"
        }
    }
}

extension ReaderError {
    /// At most `limit` characters of a value taken from the file, for a message (a damaged value
    /// can be a megabyte long).
    static func excerpt(_ text: String, limit: Int = 32) -> String {
        text.count <= limit ? text : String(text.prefix(limit)) + "…"
    }
}

extension ReaderError: CustomStringConvertible {
    public var description: String { message }
}
