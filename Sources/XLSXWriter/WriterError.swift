import CXLSXWriter

/// Everything that can go wrong while writing an `.xlsx` file, with enough context
/// (file, sheet, cell, what was being done) for a person to act on it.
///
/// Like GRDB's `DatabaseError`, the library speaks English and carries the facts as values:
/// `description` names the libxlsxwriter call and its own error text, or the raw values; the
/// application words the error for its users.
public enum WriterError: Error, Equatable, Sendable, CustomStringConvertible {
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
    case invalidArgument(field: Field, problem: ArgumentProblem, at: Location)
    /// A merged range overlaps one that is already merged (Excel would call the file broken).
    case overlappingMerge(range: String, existing: String, at: Location)
    /// A constant-memory sheet was asked to write into `row` (0-based) after it had moved on to
    /// `currentRow`: the rows above are already in its temporary file and can no longer change.
    case rowAlreadyWritten(row: Int, currentRow: Int, at: Location)
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

        /// `file "…", sheet "…", cell B3` — only the parts that are known.
        public var description: String {
            var parts = ["file \"\(path)\""]
            if let sheet { parts.append("sheet \"\(sheet)\"") }
            if let cell { parts.append("cell \(cell)") }
            return parts.joined(separator: ", ")
        }
    }

    /// How a length was counted.
    public enum LengthUnit: Equatable, Sendable {
        /// Characters as Excel counts them (UTF-16 code units; one per kana or kanji).
        case characters
        /// UTF-8 bytes, for libxlsxwriter's fixed-size C buffers (a kanji takes 3).
        case utf8Bytes
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
        case header, footer, margin, paper, printScale, fitToPages, pageBreaks
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

    /// What went wrong and where, in English: the failing C call and libxlsxwriter's own
    /// wording, or the raw values.
    public var description: String {
        switch self {
        case .library(let call, let failure, let detail, let at):
            return "\(call) failed: \(failure) — \(detail) [\(at.path) \(at.sheet ?? "-") \(at.cell ?? "-")]"
        case .invalidSheetName(let name, let problem, let path):
            return "invalid sheet name \"\(name)\": \(problem) [\(path)]"
        case .cellOutOfRange(let at):
            return "cell out of range: \(at.cell ?? "?") [\(at.path) \(at.sheet ?? "-")]"
        case .invalidReference(let text):
            return "not a cell/range reference: \"\(text)\""
        case .textTooLong(let field, let length, let limit, let unit, let at):
            return "\(field.rawValue) too long: \(length) > \(limit) \(unit) [\(at.path) \(at.sheet ?? "-") \(at.cell ?? "-")]"
        case .invalidArgument(let field, let problem, let at):
            return "invalid \(field.rawValue): \(problem) [\(at.path) \(at.sheet ?? "-") \(at.cell ?? "-")]"
        case .overlappingMerge(let range, let existing, let at):
            return "merge \(range) overlaps \(existing) [\(at.path) \(at.sheet ?? "-")]"
        case .rowAlreadyWritten(let row, let currentRow, let at):
            return
                "row \(row + 1) written after row \(currentRow + 1) in constant-memory mode (rows must be written top to bottom) [\(at.path) \(at.sheet ?? "-") \(at.cell ?? "-")]"
        case .unknownSheet(let name, let at):
            return "no sheet named \"\(name)\" [\(at.path)]"
        case .chartAlreadyInserted(let at):
            return "chart inserted twice [\(at.path) \(at.sheet ?? "-") \(at.cell ?? "-")]"
        case .workbookClosed(let path):
            return "workbook already closed: \(path)"
        case .fileSystem(let operation, let detail, let path):
            return "\(operation) failed for \(path): \(detail)"
        case .fileNotWritten(let path):
            return "workbook_close returned LXW_NO_ERROR but \(path) is missing, empty or not a ZIP"
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
}
