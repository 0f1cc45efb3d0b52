/// An input rule for cells (データの入力規則): what may be typed, and the messages shown.
///
/// Japanese works everywhere. Titles are limited to 32 characters and messages to 255
/// (libxlsxwriter 1.1.4 and Excel); longer texts are refused, never cut.
public struct DataValidation: Hashable, Sendable {
    /// What the cell accepts.
    public enum Rule: Hashable, Sendable {
        /// A drop-down of fixed choices. Excel stores them as one quoted string of at most 255
        /// characters with commas between, and libxlsxwriter 1.1.4 at most 255 UTF-8 bytes
        /// (about 85 kanji); items may not contain `,` or `"`. Longer or such lists need cells:
        /// see `XLSXWorksheet.addDataValidation(_:to:spillingListTo:)`.
        case list([String], dropdown: Bool = true)
        /// A drop-down whose choices are the values of a range, possibly on another sheet.
        case listSource(SheetRange, dropdown: Bool = true)
        /// A drop-down whose choices come from a formula, e.g. `=$Z$1:$Z$5` or a defined name.
        case listFormula(String, dropdown: Bool = true)
        /// Whole numbers (整数) compared as given.
        case wholeNumber(Comparison<Int>)
        /// Any number (小数点数) compared as given.
        case decimal(Comparison<Double>)
        /// Dates compared as given.
        case date(Comparison<SheetDateTime>)
        /// Text whose length (文字列の長さ) compares as given.
        case textLength(Comparison<Int>)
        /// A formula that must be TRUE, e.g. `=COUNTIF($A:$A,A2)=1` (ユーザー設定).
        case custom(formula: String)
        /// Anything (すべての値): only shows the input message.
        case any
    }

    /// A comparison against one or two values.
    public enum Comparison<Value: Hashable & Sendable>: Hashable, Sendable {
        /// 次の値の間 (inclusive).
        case between(Value, Value)
        /// 次の値の間以外.
        case notBetween(Value, Value)
        /// 次の値に等しい.
        case equal(Value)
        /// 次の値に等しくない.
        case notEqual(Value)
        /// 次の値より大きい.
        case greaterThan(Value)
        /// 次の値より小さい.
        case lessThan(Value)
        /// 次の値以上.
        case greaterThanOrEqual(Value)
        /// 次の値以下.
        case lessThanOrEqual(Value)
    }

    /// What Excel does with a wrong entry (エラーメッセージのスタイル).
    public enum ErrorStyle: Hashable, Sendable {
        /// 停止: the entry is refused.
        case stop
        /// 注意: the user may keep it after a warning.
        case warning
        /// 情報: the user is informed only.
        case information
    }

    /// The rule.
    public var rule: Rule
    /// Blank cells are allowed (空白を無視する).
    public var ignoreBlank: Bool
    /// Title of the input message (≤ 32 characters).
    public var inputTitle: String?
    /// Input message shown when the cell is selected (≤ 255 characters).
    public var inputMessage: String?
    /// Title of the error message (≤ 32 characters).
    public var errorTitle: String?
    /// Error message shown for a wrong entry (≤ 255 characters).
    public var errorMessage: String?
    /// Whether a wrong entry is refused, warned about or only reported.
    public var errorStyle: ErrorStyle
    /// Show the input message when the cell is selected.
    public var showInputMessage: Bool
    /// Show the error message for wrong entries.
    public var showErrorMessage: Bool

    /// A validation; messages are optional.
    public init(
        _ rule: Rule, ignoreBlank: Bool = true,
        inputTitle: String? = nil, inputMessage: String? = nil,
        errorTitle: String? = nil, errorMessage: String? = nil, errorStyle: ErrorStyle = .stop,
        showInputMessage: Bool = true, showErrorMessage: Bool = true
    ) {
        self.rule = rule
        self.ignoreBlank = ignoreBlank
        self.inputTitle = inputTitle
        self.inputMessage = inputMessage
        self.errorTitle = errorTitle
        self.errorMessage = errorMessage
        self.errorStyle = errorStyle
        self.showInputMessage = showInputMessage
        self.showErrorMessage = showErrorMessage
    }
}

/// Where a list too long for Excel's inline form is written out, one item per cell going down.
public struct ListSpill {
    /// The sheet that receives the items (often a hidden helper sheet).
    public var sheet: XLSXWorksheet
    /// The first cell; items go down from here.
    public var start: CellAddress

    /// Items will be written on `sheet` from `start` downwards.
    public init(sheet: XLSXWorksheet, start: CellAddress) {
        self.sheet = sheet
        self.start = start
    }
}
