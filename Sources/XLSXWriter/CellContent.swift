/// One value to put in a cell, for code that writes tables of mixed values.
public enum CellContent: Hashable, Sendable {
    /// Text (at most 32,767 characters).
    case text(String)
    /// A number (finite).
    case number(Double)
    /// TRUE / FALSE.
    case boolean(Bool)
    /// A date and time, shown with the style's number format (`yyyy/m/d` when it has none).
    case date(SheetDateTime)
    /// A formula such as `=SUM(B2:B9)`, with the result other programs see before Excel recalculates.
    case formula(String, result: FormulaResult?)
    /// No value, only the style.
    case blank
}

/// The cached result stored with a formula. Excel recalculates on opening (libxlsxwriter sets
/// `fullCalcOnLoad`), but readers such as openpyxl or our own reader see only this value.
public enum FormulaResult: Hashable, Sendable {
    /// A numeric result.
    case number(Double)
    /// A text result.
    case text(String)
}
