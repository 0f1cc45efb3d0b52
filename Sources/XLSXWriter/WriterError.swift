import CXLSXWriter

/// Everything that can go wrong while writing an `.xlsx` file, with enough context
/// (file, sheet, cell, what was being done) for a clerk to act on it.
///
/// `message` is the Japanese text shown to users; `technicalDetail` adds what a
/// developer needs (the libxlsxwriter call and its own error text).
public enum WriterError: Error, Equatable, Sendable {
    /// libxlsxwriter refused a call. `call` is the C function, `detail` is `lxw_strerror`'s text.
    case library(call: String, failure: LibraryFailure, detail: String, at: Location)
    /// A sheet name breaks Excel's rules (length, characters, apostrophes, duplicates).
    case invalidSheetName(name: String, problem: SheetNameProblem, path: String)
    /// A cell or range lies outside Excel's grid of 1,048,576 rows × 16,384 columns.
    case cellOutOfRange(at: Location)
    /// Text given as a cell, range or sheet reference (`B3`, `A1:C5`, `'名簿'!$A$1:$A$9`) could not be read.
    case invalidReference(text: String)
    /// A text is longer than Excel (or libxlsxwriter's fixed buffers) allows; nothing was truncated.
    case textTooLong(field: Field, length: Int, limit: Int, unit: LengthUnit, at: Location)
    /// A value is outside what Excel accepts (negative width, unknown zoom, NaN, …).
    case invalidArgument(field: Field, detail: String, at: Location)
    /// A merged range overlaps one that is already merged (Excel would call the file broken).
    case overlappingMerge(range: String, existing: String, at: Location)
    /// A chart series or formula helper names a sheet that this workbook does not have.
    case unknownSheet(name: String, at: Location)
    /// The same chart was inserted twice; a chart object can appear only once.
    case chartAlreadyInserted(at: Location)
    /// The workbook was already closed (or discarded); nothing more can be written to it.
    case workbookClosed(path: String)
    /// `workbook_close` reported success but the file is missing, empty or not a ZIP package.
    case fileNotWritten(path: String)
    /// The finished file could not be moved into place (`operation` is the system call).
    case fileSystem(operation: String, detail: String, path: String)

    /// Where an error happened: always the output file, and the sheet and cell when known.
    public struct Location: Equatable, Sendable, CustomStringConvertible {
        /// The `.xlsx` path being written.
        public var path: String
        /// The sheet name, when the error belongs to one sheet.
        public var sheet: String?
        /// The cell or range in A1 notation (`B3`, `A1:C5`), when the error belongs to cells.
        public var cell: String?

        /// Creates a location.
        public init(path: String, sheet: String? = nil, cell: String? = nil) {
            self.path = path
            self.sheet = sheet
            self.cell = cell
        }

        /// `ファイル「…」シート「…」セル B3` — only the parts that are known.
        public var description: String {
            var parts = ["ファイル「\(path)」"]
            if let sheet { parts.append("シート「\(sheet)」") }
            if let cell { parts.append("セル \(cell)") }
            return parts.joined()
        }
    }

    /// How a length was counted.
    public enum LengthUnit: Equatable, Sendable {
        /// Characters as Excel counts them (UTF-16 code units; one per kana or kanji).
        case characters
        /// UTF-8 bytes, for libxlsxwriter's fixed-size C buffers (a kanji takes 3).
        case utf8Bytes

        /// `文字` or `バイト`.
        public var japanese: String {
            switch self {
            case .characters: return "文字"
            case .utf8Bytes: return "バイト"
            }
        }

        /// How to count, when it is not obvious.
        var japaneseNote: String {
            switch self {
            case .characters: return ""
            case .utf8Bytes: return "（UTF-8で数えます。漢字・かなは1文字3バイト）"
            }
        }
    }

    /// Why a sheet name was rejected.
    public enum SheetNameProblem: Equatable, Sendable {
        /// The name is empty.
        case empty
        /// More than 31 characters (Excel's limit).
        case tooLong(length: Int)
        /// Contains one of `[ ] : * ? / \`.
        case forbiddenCharacter(Character)
        /// Starts or ends with an apostrophe `'`.
        case apostropheAtEdge
        /// Another sheet already has this name (Excel compares case-insensitively).
        case duplicate(existing: String)
        /// `History` is reserved by Excel.
        case reserved
    }

    /// Which user-supplied value an error is about.
    public enum Field: String, Equatable, Sendable {
        /// Cell contents.
        case cellText, formula, formulaResult, number, date, url, urlText, urlTooltip
        /// Page setup.
        case header, footer, margin, paper, printScale, fitToPages
        /// Data validation texts and rules.
        case inputTitle, inputMessage, errorTitle, errorMessage, validationList, validationFormula, validationBounds
        /// The number of validations on one sheet.
        case validationCount
        /// Conditional formats.
        case conditionText, conditionFormula, conditionValue
        /// Defined names.
        case definedName, definedNameFormula
        /// Document properties.
        case customPropertyName, customPropertyValue, documentProperty, createdDate
        /// Cell styles.
        case fontName, fontSize, numberFormat, indent, rotation
        /// Sheet layout and view.
        case columnWidth, rowHeight, zoom, tabColor, mergeRange, freezePane
        /// Protection and notes.
        case password, note, noteAuthor, noteSize
        /// Charts.
        case chartTitle, chartAxis, chartSeries, chartSeriesName, chartStyle, chartScale, chartLabelFormat
        /// References, the temporary directory and sheet visibility.
        case sheetRange, temporaryDirectory, sheetVisibility

        /// The name a Japanese user knows the field by.
        public var japanese: String {
            switch self {
            case .cellText: return "セルの文字列"
            case .formula: return "数式"
            case .formulaResult: return "数式の計算結果"
            case .number: return "数値"
            case .date: return "日付"
            case .url: return "ハイパーリンクのURL"
            case .urlText: return "ハイパーリンクの表示文字列"
            case .urlTooltip: return "ハイパーリンクのヒント"
            case .header: return "ヘッダー"
            case .footer: return "フッター"
            case .margin: return "余白"
            case .paper: return "用紙サイズ"
            case .printScale: return "印刷倍率"
            case .fitToPages: return "ページ数に合わせて印刷"
            case .inputTitle: return "入力規則の入力時メッセージのタイトル"
            case .inputMessage: return "入力規則の入力時メッセージ"
            case .errorTitle: return "入力規則のエラーメッセージのタイトル"
            case .errorMessage: return "入力規則のエラーメッセージ"
            case .validationList: return "入力規則のリスト"
            case .validationFormula: return "入力規則の数式"
            case .validationBounds: return "入力規則の値の範囲"
            case .validationCount: return "入力規則の数"
            case .conditionText: return "条件付き書式の文字列"
            case .conditionFormula: return "条件付き書式の数式"
            case .conditionValue: return "条件付き書式の値"
            case .definedName: return "名前の定義の名前"
            case .definedNameFormula: return "名前の定義の参照範囲"
            case .customPropertyName: return "ユーザー設定プロパティの名前"
            case .customPropertyValue: return "ユーザー設定プロパティの値"
            case .documentProperty: return "ファイルのプロパティ"
            case .createdDate: return "作成日時"
            case .fontName: return "フォント名"
            case .fontSize: return "フォントサイズ"
            case .numberFormat: return "表示形式"
            case .indent: return "インデント"
            case .rotation: return "文字の回転"
            case .columnWidth: return "列の幅"
            case .rowHeight: return "行の高さ"
            case .zoom: return "表示倍率"
            case .tabColor: return "シート見出しの色"
            case .mergeRange: return "セルの結合"
            case .freezePane: return "ウィンドウ枠の固定"
            case .password: return "シート保護のパスワード"
            case .note: return "メモ"
            case .noteAuthor: return "メモの作成者"
            case .noteSize: return "メモの大きさ"
            case .chartTitle: return "グラフのタイトル"
            case .chartAxis: return "グラフの軸"
            case .chartSeries: return "グラフの系列"
            case .chartSeriesName: return "グラフの系列名"
            case .chartStyle: return "グラフのスタイル"
            case .chartScale: return "グラフの大きさ"
            case .chartLabelFormat: return "グラフのデータラベルの表示形式"
            case .sheetRange: return "シートの範囲"
            case .temporaryDirectory: return "一時フォルダ"
            case .sheetVisibility: return "シートの表示・非表示"
            }
        }
    }

    /// Every `lxw_error` of libxlsxwriter 1.1.4, in Swift terms.
    public enum LibraryFailure: Equatable, Sendable {
        /// `LXW_ERROR_MEMORY_MALLOC_FAILED`.
        case memory
        /// `LXW_ERROR_CREATING_XLSX_FILE`: the output file cannot be created.
        case creatingFile
        /// `LXW_ERROR_CREATING_TMPFILE`.
        case creatingTemporaryFile
        /// `LXW_ERROR_READING_TMPFILE`.
        case readingTemporaryFile
        /// `LXW_ERROR_ZIP_FILE_OPERATION`.
        case zipFileOperation
        /// `LXW_ERROR_ZIP_PARAMETER_ERROR`.
        case zipParameter
        /// `LXW_ERROR_ZIP_BAD_ZIP_FILE` (ZIP64 needed).
        case zipBadFile
        /// `LXW_ERROR_ZIP_INTERNAL_ERROR`.
        case zipInternal
        /// `LXW_ERROR_ZIP_FILE_ADD`.
        case zipFileAdd
        /// `LXW_ERROR_ZIP_CLOSE`.
        case zipClose
        /// `LXW_ERROR_FEATURE_NOT_SUPPORTED`.
        case featureNotSupported
        /// `LXW_ERROR_NULL_PARAMETER_IGNORED`.
        case nullParameterIgnored
        /// `LXW_ERROR_PARAMETER_VALIDATION`.
        case parameterValidation
        /// `LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED`.
        case sheetNameTooLong
        /// `LXW_ERROR_INVALID_SHEETNAME_CHARACTER`.
        case sheetNameInvalidCharacter
        /// `LXW_ERROR_SHEETNAME_START_END_APOSTROPHE`.
        case sheetNameApostrophe
        /// `LXW_ERROR_SHEETNAME_ALREADY_USED`.
        case sheetNameInUse
        /// `LXW_ERROR_32_STRING_LENGTH_EXCEEDED`.
        case stringLongerThan32
        /// `LXW_ERROR_128_STRING_LENGTH_EXCEEDED`.
        case stringLongerThan128
        /// `LXW_ERROR_255_STRING_LENGTH_EXCEEDED`.
        case stringLongerThan255
        /// `LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED` (32,767).
        case stringLongerThanCellLimit
        /// `LXW_ERROR_SHARED_STRING_INDEX_NOT_FOUND`.
        case sharedStringIndexNotFound
        /// `LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE` (row or column outside the sheet).
        case worksheetIndexOutOfRange
        /// `LXW_ERROR_WORKSHEET_MAX_URL_LENGTH_EXCEEDED`.
        case urlTooLong
        /// `LXW_ERROR_WORKSHEET_MAX_NUMBER_URLS_EXCEEDED`.
        case tooManyURLs
        /// `LXW_ERROR_IMAGE_DIMENSIONS`.
        case imageDimensions
        /// A code this wrapper does not know (a newer libxlsxwriter).
        case unknown(code: Int)
    }

    /// The Japanese message for users: what is wrong, where, and what to do.
    public var message: String {
        switch self {
        case let .library(_, failure, _, at):
            return "Excelファイルを作成できませんでした（\(at)）。\(failure.japanese)"
        case let .invalidSheetName(name, problem, path):
            return "シート名「\(name)」は使えません（ファイル「\(path)」）。\(problem.japanese)"
        case let .cellOutOfRange(at):
            return "\(at) はExcelのシートの範囲（1,048,576行 × 16,384列、A1〜XFD1048576）の外です。書き込む位置を確認してください。"
        case let .invalidReference(text):
            return "「\(text)」はセル番地・セル範囲として読めません（例: B3、A1:C5、'名簿'!$A$2:$A$9）。"
        case let .textTooLong(field, length, limit, unit, at):
            return "\(field.japanese)が長すぎます（\(length)\(unit.japanese)、上限\(limit)\(unit.japanese)\(unit.japaneseNote)）。\(at)。切り詰めずに中止しました。短くしてください。"
        case let .invalidArgument(field, detail, at):
            return "\(field.japanese)の指定が正しくありません（\(at)）：\(detail)"
        case let .overlappingMerge(range, existing, at):
            return "セル範囲 \(range) は、すでに結合した \(existing) と重なっています（\(at)）。重ならないように結合範囲を直してください。"
        case let .unknownSheet(name, at):
            return "シート「\(name)」がブックにありません（\(at)）。先にそのシートを追加するか、シート名を確認してください。"
        case let .chartAlreadyInserted(at):
            return "同じグラフを二度挿入しようとしました（\(at)）。グラフごとに新しいグラフを作成してください。"
        case let .workbookClosed(path):
            return "ブック「\(path)」はすでに保存して閉じたため、これ以上書き込めません。"
        case let .fileSystem(_, _, path):
            return "ファイル「\(path)」を保存できませんでした。同じ名前のフォルダがないか、書き込み権限と空き容量があるか確認してください。"
        case let .fileNotWritten(path):
            return "ファイル「\(path)」が正しく書き込まれませんでした（ファイルがない、空、またはExcel形式でない）。保存先の空き容量と書き込み権限を確認して、もう一度実行してください。"
        }
    }

    /// Developer detail: the failing C call and libxlsxwriter's own wording, or the raw values.
    public var technicalDetail: String {
        switch self {
        case let .library(call, failure, detail, at):
            return "\(call) failed: \(failure) — \(detail) [\(at.path) \(at.sheet ?? "-") \(at.cell ?? "-")]"
        case let .invalidSheetName(name, problem, path):
            return "invalid sheet name \"\(name)\": \(problem) [\(path)]"
        case let .cellOutOfRange(at):
            return "cell out of range: \(at.cell ?? "?") [\(at.path) \(at.sheet ?? "-")]"
        case let .invalidReference(text):
            return "not a cell/range reference: \"\(text)\""
        case let .textTooLong(field, length, limit, unit, at):
            return "\(field.rawValue) too long: \(length) > \(limit) \(unit) [\(at.path) \(at.sheet ?? "-") \(at.cell ?? "-")]"
        case let .invalidArgument(field, detail, at):
            return "invalid \(field.rawValue): \(detail) [\(at.path) \(at.sheet ?? "-") \(at.cell ?? "-")]"
        case let .overlappingMerge(range, existing, at):
            return "merge \(range) overlaps \(existing) [\(at.path) \(at.sheet ?? "-")]"
        case let .unknownSheet(name, at):
            return "no sheet named \"\(name)\" [\(at.path)]"
        case let .chartAlreadyInserted(at):
            return "chart inserted twice [\(at.path) \(at.sheet ?? "-") \(at.cell ?? "-")]"
        case let .workbookClosed(path):
            return "workbook already closed: \(path)"
        case let .fileSystem(operation, detail, path):
            return "\(operation) failed for \(path): \(detail)"
        case let .fileNotWritten(path):
            return "workbook_close returned LXW_NO_ERROR but \(path) is missing, empty or not a ZIP"
        }
    }
}

extension WriterError: CustomStringConvertible {
    /// The Japanese message followed by the technical detail.
    public var description: String { "\(message) [\(technicalDetail)]" }
}

extension WriterError.SheetNameProblem {
    /// What is wrong with the name and how to fix it, in Japanese.
    public var japanese: String {
        switch self {
        case .empty: return "シート名が空です。"
        case let .tooLong(length): return "シート名は31文字以内にしてください（現在\(length)文字）。"
        case let .forbiddenCharacter(c): return "シート名に「\(c)」は使えません（使えない文字: [ ] : * ? / \\）。"
        case .apostropheAtEdge: return "シート名の先頭と末尾にアポストロフィ（'）は使えません。"
        case let .duplicate(existing): return "同じ名前のシート「\(existing)」がすでにあります（大文字・小文字は区別されません）。"
        case .reserved: return "「History」はExcelが予約している名前のため使えません。"
        }
    }
}

extension WriterError.LibraryFailure {
    /// Maps a libxlsxwriter error code (never `LXW_NO_ERROR`).
    init(_ code: lxw_error) {
        switch code {
        case LXW_ERROR_MEMORY_MALLOC_FAILED: self = .memory
        case LXW_ERROR_CREATING_XLSX_FILE: self = .creatingFile
        case LXW_ERROR_CREATING_TMPFILE: self = .creatingTemporaryFile
        case LXW_ERROR_READING_TMPFILE: self = .readingTemporaryFile
        case LXW_ERROR_ZIP_FILE_OPERATION: self = .zipFileOperation
        case LXW_ERROR_ZIP_PARAMETER_ERROR: self = .zipParameter
        case LXW_ERROR_ZIP_BAD_ZIP_FILE: self = .zipBadFile
        case LXW_ERROR_ZIP_INTERNAL_ERROR: self = .zipInternal
        case LXW_ERROR_ZIP_FILE_ADD: self = .zipFileAdd
        case LXW_ERROR_ZIP_CLOSE: self = .zipClose
        case LXW_ERROR_FEATURE_NOT_SUPPORTED: self = .featureNotSupported
        case LXW_ERROR_NULL_PARAMETER_IGNORED: self = .nullParameterIgnored
        case LXW_ERROR_PARAMETER_VALIDATION: self = .parameterValidation
        case LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED: self = .sheetNameTooLong
        case LXW_ERROR_INVALID_SHEETNAME_CHARACTER: self = .sheetNameInvalidCharacter
        case LXW_ERROR_SHEETNAME_START_END_APOSTROPHE: self = .sheetNameApostrophe
        case LXW_ERROR_SHEETNAME_ALREADY_USED: self = .sheetNameInUse
        case LXW_ERROR_32_STRING_LENGTH_EXCEEDED: self = .stringLongerThan32
        case LXW_ERROR_128_STRING_LENGTH_EXCEEDED: self = .stringLongerThan128
        case LXW_ERROR_255_STRING_LENGTH_EXCEEDED: self = .stringLongerThan255
        case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED: self = .stringLongerThanCellLimit
        case LXW_ERROR_SHARED_STRING_INDEX_NOT_FOUND: self = .sharedStringIndexNotFound
        case LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE: self = .worksheetIndexOutOfRange
        case LXW_ERROR_WORKSHEET_MAX_URL_LENGTH_EXCEEDED: self = .urlTooLong
        case LXW_ERROR_WORKSHEET_MAX_NUMBER_URLS_EXCEEDED: self = .tooManyURLs
        case LXW_ERROR_IMAGE_DIMENSIONS: self = .imageDimensions
        default: self = .unknown(code: Int(code.rawValue))
        }
    }

    /// What the failure means for the user and what to do, in Japanese.
    public var japanese: String {
        switch self {
        case .memory: return "メモリが足りません。ほかのアプリを閉じてからもう一度実行してください。"
        case .creatingFile: return "出力ファイルを作成できません。保存先フォルダがあるか、書き込み権限があるか、同じファイルをExcelで開いていないか確認してください。"
        case .creatingTemporaryFile, .readingTemporaryFile: return "一時ファイルを作成・読み込みできません。一時フォルダの空き容量と権限を確認してください。"
        case .zipFileOperation, .zipParameter, .zipInternal, .zipFileAdd, .zipClose: return "ファイルの圧縮（ZIP）処理に失敗しました。保存先の空き容量を確認してください。"
        case .zipBadFile: return "ファイルが大きすぎます（4GB超）。データを分けて出力してください。"
        case .featureNotSupported: return "この機能はこの環境のlibxlsxwriterでは使えません。"
        case .nullParameterIgnored, .parameterValidation: return "指定された値がExcelの規則に合いません。"
        case .sheetNameTooLong, .sheetNameInvalidCharacter, .sheetNameApostrophe, .sheetNameInUse: return "シート名がExcelの規則に合いません。"
        case .stringLongerThan32: return "文字列が32文字の上限を超えています。"
        case .stringLongerThan128: return "文字列が128文字の上限を超えています。"
        case .stringLongerThan255: return "文字列が255文字の上限を超えています。"
        case .stringLongerThanCellLimit: return "セルの文字列が32,767文字の上限を超えています。"
        case .sharedStringIndexNotFound: return "内部の文字列表に不整合があります（開発者に連絡してください）。"
        case .worksheetIndexOutOfRange: return "シートの番号が範囲外です。"
        case .urlTooLong: return "ハイパーリンクのURLが2,079文字の上限を超えています。"
        case .tooManyURLs: return "1シートのハイパーリンクが65,530個の上限を超えています。"
        case .imageDimensions: return "画像の大きさを読み取れません。"
        case let .unknown(code): return "不明なエラー（コード\(code)）が発生しました。"
        }
    }
}
