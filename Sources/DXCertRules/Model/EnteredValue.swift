import Foundation

/// What a cell holds, as the rules see it: independent of how the file stored it.
///
/// Ingest turns each cell a form needs into one of these (`DXCertIngest` knows the reader's
/// types; the rules do not). Blank cells are `nil`, never an empty value.
public enum EnteredValue: Sendable, Equatable, Hashable {
    /// A number cell.
    case number(Double)
    /// A text cell, as written.
    case text(String)
    /// A date cell: its calendar year and month (for fiscal years) and how it reads (`2024-04-01`).
    case date(year: Int, month: Int, text: String)
    /// Anything else (TRUE/FALSE, an Excel error such as `#N/A`), as it reads on the sheet.
    case other(String)

    /// The value as a person reads it off the sheet: numbers without a trailing `.0`.
    public var text: String {
        switch self {
        case .number(let n): return NumberFormatting.shortest(n)
        case .text(let s): return s
        case .date(_, _, let text): return text
        case .other(let s): return s
        }
    }
}
