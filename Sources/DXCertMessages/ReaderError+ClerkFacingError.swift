import OOXMLReader

extension ReaderError: ClerkFacingError {
    /// What is wrong, where, and what to do, in Japanese.
    ///
    /// Only Japanese text and names taken from the file (file, part, sheet, cell) go in here;
    /// a library's or the system's English text stays in `technicalDetail`.
    public var clerkMessage: String {
        switch self {
        case .unreadableFile(let file, let code, let operation, _):
            let reason = Self.unreadableReason(code: code, operation: operation)
            return "「\(file)」を開けません（\(reason)）。ファイルの場所と読み取り権限を確認してください。"
        case .emptyFile(let file):
            return "「\(file)」は空のファイル（0バイト）です。送信時に壊れた可能性があります。元のファイルをもう一度送ってもらってください。"
        case .passwordProtected(let file):
            return "「\(file)」はパスワード付き（暗号化された）ブックのため読み取れません。パスワードを外して .xlsx 形式で保存し直してもらってください。"
        case .legacyBinaryWorkbook(let file):
            return "「\(file)」は旧形式のExcelファイル（.xls など）です。Excelで開き「名前を付けて保存」で「Excel ブック (*.xlsx)」を選んで保存し直してください。"
        case .notXLSX(let file):
            return "「\(file)」はExcelブック（.xlsx）ではありません。Excelで開けるか確認し、.xlsx 形式で保存し直してください。"
        case .brokenArchive(let file, let damage):
            return "「\(file)」は壊れているか途中で切れています（\(damage.japanese)）。元のファイルをもう一度送ってもらってください。"
        case .unsupportedEntry(let file, let part, let feature):
            return "「\(file)」の部品「\(part)」を読み取れません（\(feature.japanese)）。Excelで開いて .xlsx 形式で保存し直してください。"
        case .duplicateEntry(let file, let part):
            return "「\(file)」の中に同じ名前の部品「\(part)」が複数あります。壊れたファイルです。Excelで開いて保存し直してください。"
        case .limitExceeded(let file, let part, let limit):
            return "「\(file)」（部品「\(part)」）は安全上の上限を超えています（\(limit.japanese)）。不正なファイルの可能性があるため読み取りを中止しました。"
        case .missingPart(let file, let part, let role):
            let named = part + (role.map { "（\($0.japanese)）" } ?? "")
            return "「\(file)」に必要な部品「\(named)」がありません。壊れたファイルです。Excelで開いて .xlsx 形式で保存し直してください。"
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
            return
                "「\(file)」のシート「\(sheet)」の\(position.japanese)は、Excelのシートの上限（1,048,576行・16,384列、最後のセルは XFD1048576）を超えています。壊れたファイルか、Excel以外のプログラムが不正に書いたファイルです。元のファイルをもう一度送ってもらってください。"
        case .dateOutOfRange(let file, let sheet, let cell, let text):
            return "「\(file)」のシート「\(sheet)」セル \(cell) の日付「\(text)」は、Excelで扱える範囲（1年〜9999年）の外です。壊れたファイルです。元のファイルをもう一度送ってもらってください。"
        }
    }

    /// The reader's `detail`: the system's or libxml2's text, or what is damaged.
    ///
    /// For a damaged archive, an unsupported entry and a passed safety cap the 詳細 cell has
    /// always shown the Japanese phrase that the message quotes (these were Japanese before the
    /// reader spoke English); it stays so, so that no report cell changes.
    public var technicalDetail: String? {
        switch self {
        case .brokenArchive(_, let damage): return damage.japanese
        case .unsupportedEntry(_, _, let feature): return feature.japanese
        case .limitExceeded(_, _, let limit): return limit.japanese
        default: return detail
        }
    }

    /// Why a file could not be opened, in Japanese: the errno's phrase, or what failed.
    public static func unreadableReason(code: Int32?, operation: FileOperation) -> String {
        guard let code else { return "名前付きパイプや装置ファイルなど、通常のファイルではありません" }
        return ErrnoText.phrase(code, .reading) ?? (operation == .opening ? "ファイルを開けません" : "ファイルを読み取れません")
    }
}
