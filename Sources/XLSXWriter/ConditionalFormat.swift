/// A conditional format (条件付き書式): a rule and the style applied where it holds.
///
/// Excel applies only font colour/bold/italic/underline/strike, fill, borders and number
/// format from the style; font name and size, alignment and protection are ignored there.
///
/// Text, blank and error rules are written as formula rules (Excel lists them under
/// "数式を使用して…") because libxlsxwriter 1.1.4 writes broken formulas for them; see
/// `XLSXWorksheet.anchoredFormula`.
public struct ConditionalFormat: Hashable, Sendable {
    /// When the style applies.
    public enum Rule: Hashable, Sendable {
        /// セルの値 compared with a value (`.cellValue(.greaterThanOrEqual(.number(80)))`).
        case cellValue(Comparison)
        /// 数式を使用して: a formula relative to the range's top-left cell, e.g. `=$C2<60`.
        case formula(String)
        /// 特定の文字列を含む (case-insensitive; `*` and `?` act as wildcards, as in Excel).
        case textContains(String)
        /// 特定の文字列を含まない.
        case textNotContains(String)
        /// 特定の文字列で始まる.
        case textBeginsWith(String)
        /// 特定の文字列で終わる.
        case textEndsWith(String)
        /// 空白セル.
        case blanks
        /// 空白なし.
        case noBlanks
        /// エラー.
        case errors
        /// エラーなし.
        case noErrors
        /// 重複する値.
        case duplicates
        /// 一意の値.
        case unique
    }

    /// A comparison for `.cellValue`.
    public enum Comparison: Hashable, Sendable {
        /// 次の値に等しい.
        case equal(Operand)
        /// 次の値に等しくない.
        case notEqual(Operand)
        /// 次の値より大きい.
        case greaterThan(Operand)
        /// 次の値より小さい.
        case lessThan(Operand)
        /// 次の値以上.
        case greaterThanOrEqual(Operand)
        /// 次の値以下.
        case lessThanOrEqual(Operand)
        /// 次の値の間 (inclusive).
        case between(Operand, Operand)
        /// 次の値の間以外.
        case notBetween(Operand, Operand)
    }

    /// A value in a comparison.
    public enum Operand: Hashable, Sendable {
        /// A number.
        case number(Double)
        /// A text, compared as text (quoted for Excel by the wrapper).
        case text(String)
        /// A cell reference or formula, e.g. `$B$1` or `=AVERAGE($B$2:$B$9)`.
        case formula(String)
    }

    /// The rule.
    public var rule: Rule
    /// The style where the rule holds.
    public var style: CellStyle
    /// Stop evaluating later rules for cells where this one holds (条件を満たす場合は停止).
    public var stopIfTrue: Bool

    /// A conditional format.
    public init(_ rule: Rule, style: CellStyle, stopIfTrue: Bool = false) {
        self.rule = rule
        self.style = style
        self.stopIfTrue = stopIfTrue
    }
}
