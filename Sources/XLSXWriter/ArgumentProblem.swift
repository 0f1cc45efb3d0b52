extension WriterError {
    /// Why a value given to the writer was refused (`WriterError.invalidArgument`), with the
    /// value itself where it helps. The application words it for its users; `description` is
    /// the English.
    public enum ArgumentProblem: Equatable, Sendable, CustomStringConvertible {
        // Texts and names
        /// A text that must not be empty is (conditional-format text).
        case emptyText
        /// A formula is empty (or only `=`).
        case emptyFormula
        /// A name (custom property, defined name) is empty.
        case emptyName
        /// A defined name's reference is empty.
        case emptyReference
        /// A font name is empty.
        case emptyFontName
        /// A text holds a NUL character, which ends a C string early.
        case containsNUL
        /// A sheet-protection password with characters other than printable ASCII (Excel could not unprotect it).
        case passwordNotASCII
        /// A header or footer uses `&G` (a picture), which this wrapper does not support.
        case pictureInHeaderFooter
        /// A defined name contains white space.
        case nameContainsWhitespace
        /// A defined name starts with something other than a letter, `_` or `\`.
        case nameStartsBadly
        /// A defined name reads as a cell reference.
        case nameLooksLikeCell(String)
        /// `R` or `C`, which Excel reserves.
        case nameReserved(String)
        /// A defined name contains `!` without a sheet-local quote.
        case nameContainsExclamation
        /// A defined name that is already defined.
        case nameAlreadyDefined(String)

        // Numbers
        /// A cell number that is infinite or NaN.
        case numberNotFinite(Double)
        /// A custom property's number that is infinite or NaN.
        case propertyNumberNotFinite(Double)
        /// A conditional format's value that is infinite or NaN.
        case conditionValueNotFinite(Double)
        /// A data validation bound that is infinite or NaN.
        case boundNotFinite
        /// A data validation's minimum above its maximum.
        case minimumAboveMaximum(minimum: Double, maximum: Double)
        /// A data validation's start date after its end date.
        case startAfterEnd(start: SheetDateTime, end: SheetDateTime)
        /// A negative text length in a data validation.
        case negativeTextLength
        /// A font size outside 1–409 points.
        case fontSizeOutOfRange(Double)
        /// An indent outside 0–250.
        case indentOutOfRange(Int)
        /// A text rotation outside -90–90 degrees.
        case rotationOutOfRange(Int)
        /// A note's width or height outside 1–4096 pixels.
        case noteSizeOutOfRange(Int)
        /// A column width outside 0–255.
        case columnWidthOutOfRange(Double)
        /// A row height outside 0–409 points.
        case rowHeightOutOfRange(Double)
        /// A zoom outside 10–400 %.
        case zoomOutOfRange(Int)
        /// A paper size code outside 0–255.
        case paperCodeOutOfRange(Int)
        /// A fit-to-pages count outside 0–32767.
        case pageCountOutOfRange(width: Int, height: Int)
        /// A print scale outside 10–400 %.
        case printScaleOutOfRange(Int)
        /// A margin outside 0 to less than 50 inches.
        case marginOutOfRange(Double)
        /// A chart style outside 1–48.
        case chartStyleOutOfRange(Int)
        /// A chart scale that is not positive.
        case scaleNotPositive
        /// A creation date outside 1970-01-01T00:00:01Z … 9999-12-31.
        case creationDateOutOfRange

        // Dates
        /// A year outside 1900–9999.
        case yearOutOfRange(Int)
        /// A month outside 1–12.
        case monthOutOfRange(Int)
        /// A day the month does not have.
        case noSuchDay(year: Int, month: Int, day: Int)
        /// An hour, minute or second out of range.
        case invalidTime(hour: Int, minute: Int, second: Double)

        // Structure
        /// A merge of a single cell.
        case singleCellMerge(String)
        /// A freeze pane with neither rows nor columns.
        case nothingToFreeze
        /// Every sheet hidden.
        case allSheetsHidden
        /// More data validations on one sheet than `limit`.
        case tooManyValidations(limit: Int)
        /// A validation list with no items.
        case emptyList
        /// A list item with `,` or `"`, which an inline list cannot hold.
        case listItemWithSeparator(String)
        /// A list item with a NUL character.
        case listItemWithNUL(String)
        /// A conditional format turned into a formula although it has none (a bug of this wrapper).
        case conditionWithoutFormula
        /// A pie or doughnut chart has no axes.
        case noAxesOnPieChart
        /// An axis minimum not below its maximum.
        case axisMinimumNotBelowMaximum(minimum: Double, maximum: Double)
        /// An axis major unit that is not positive.
        case axisUnitNotPositive
        /// A chart made for another workbook.
        case chartFromAnotherWorkbook
        /// A chart without series.
        case chartWithoutSeries
        /// The temporary directory does not exist.
        case missingTemporaryDirectory(String)
        /// More page breaks than a sheet can hold.
        case tooManyPageBreaks(count: Int, limit: Int)
        /// A page break at a row that cannot start a page (the first row, or past the last).
        case pageBreakRowOutOfRange(Int)

        /// The problem, in English.
        public var description: String {
            switch self {
            case .emptyText: return "the text is empty"
            case .emptyFormula: return "the formula is empty"
            case .emptyName: return "the name is empty"
            case .emptyReference: return "the reference is empty"
            case .emptyFontName: return "the font name is empty"
            case .containsNUL: return "the text contains a NUL character"
            case .passwordNotASCII: return "the password may contain printable ASCII characters only"
            case .pictureInHeaderFooter: return "&G (a picture) is not supported; write a literal & as &&"
            case .nameContainsWhitespace: return "the name contains white space"
            case .nameStartsBadly: return "the name must start with a letter, _ or \\"
            case .nameLooksLikeCell(let name): return "\"\(name)\" reads as a cell reference"
            case .nameReserved(let name): return "\"\(name)\" is reserved by Excel"
            case .nameContainsExclamation: return "the name contains ! (use localTo for a sheet-local name)"
            case .nameAlreadyDefined(let name): return "\"\(name)\" is already defined"
            case .numberNotFinite(let value): return "\(value) is not finite (Excel stores no infinity or NaN)"
            case .propertyNumberNotFinite(let value): return "\(value) is not finite"
            case .conditionValueNotFinite(let value): return "\(value) is not finite"
            case .boundNotFinite: return "a bound is not finite"
            case .minimumAboveMaximum(let minimum, let maximum): return "minimum \(minimum) is above maximum \(maximum)"
            case .startAfterEnd(let start, let end): return "start \(start) is after end \(end)"
            case .negativeTextLength: return "a text length is negative"
            case .fontSizeOutOfRange(let size): return "font size \(size) is outside 1-409"
            case .indentOutOfRange(let indent): return "indent \(indent) is outside 0-250"
            case .rotationOutOfRange(let angle): return "rotation \(angle) is outside -90-90 degrees"
            case .noteSizeOutOfRange(let pixels): return "note size \(pixels) is outside 1-4096 pixels"
            case .columnWidthOutOfRange(let width): return "column width \(width) is outside 0-255"
            case .rowHeightOutOfRange(let height): return "row height \(height) is outside 0-409"
            case .zoomOutOfRange(let percent): return "zoom \(percent)% is outside 10-400%"
            case .paperCodeOutOfRange(let code): return "paper code \(code) is outside 0-255"
            case .pageCountOutOfRange(let width, let height): return "page counts \(width)x\(height) are outside 0-32767"
            case .printScaleOutOfRange(let percent): return "print scale \(percent)% is outside 10-400%"
            case .marginOutOfRange(let value): return "margin \(value) is outside 0..<50 inches"
            case .chartStyleOutOfRange(let id): return "chart style \(id) is outside 1-48"
            case .scaleNotPositive: return "the scale is not positive"
            case .creationDateOutOfRange: return "the date is outside 1970-01-01T00:00:01Z...9999-12-31"
            case .yearOutOfRange(let year): return "year \(year) is outside 1900-9999"
            case .monthOutOfRange(let month): return "month \(month) is outside 1-12"
            case .noSuchDay(let year, let month, let day): return "\(year)-\(month) has no day \(day)"
            case .invalidTime(let hour, let minute, let second): return "time \(hour):\(minute):\(second) is invalid"
            case .singleCellMerge(let range): return "cannot merge the single cell \(range)"
            case .nothingToFreeze: return "no rows or columns to freeze"
            case .allSheetsHidden: return "every sheet would be hidden"
            case .tooManyValidations(let limit): return "more than \(limit) data validations on one sheet"
            case .emptyList: return "the list has no items"
            case .listItemWithSeparator(let item): return "list item \"\(item)\" contains , or \" (use spillingListTo)"
            case .listItemWithNUL(let item): return "list item \"\(item)\" contains a NUL character"
            case .conditionWithoutFormula: return "internal error: this condition has no formula"
            case .noAxesOnPieChart: return "pie and doughnut charts have no axes"
            case .axisMinimumNotBelowMaximum(let minimum, let maximum): return "axis minimum \(minimum) is not below maximum \(maximum)"
            case .axisUnitNotPositive: return "the major unit is not positive"
            case .chartFromAnotherWorkbook: return "the chart belongs to another workbook"
            case .chartWithoutSeries: return "the chart has no series (call addSeries)"
            case .missingTemporaryDirectory(let dir): return "temporary directory \"\(dir)\" does not exist"
            case .tooManyPageBreaks(let count, let limit): return "\(count) page breaks are more than the \(limit) a sheet can hold"
            case .pageBreakRowOutOfRange(let row): return "a page cannot start at row index \(row) (1-1048575)"
            }
        }
    }
}
