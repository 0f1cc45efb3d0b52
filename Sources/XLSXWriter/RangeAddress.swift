/// A rectangular block of cells on one sheet, given by its top-left and bottom-right cells.
public struct RangeAddress: Hashable, Sendable, CustomStringConvertible {
    /// Top-left cell.
    public var first: CellAddress
    /// Bottom-right cell.
    public var last: CellAddress

    /// The block between two corners (given in any order).
    public init(_ a: CellAddress, _ b: CellAddress) {
        first = CellAddress(row: min(a.row, b.row), column: min(a.column, b.column))
        last = CellAddress(row: max(a.row, b.row), column: max(a.column, b.column))
    }

    /// The block from 0-based row and column numbers (inclusive).
    public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.init(CellAddress(row: firstRow, column: firstColumn), CellAddress(row: lastRow, column: lastColumn))
    }

    /// A one-cell range.
    public init(_ cell: CellAddress) {
        self.init(cell, cell)
    }

    /// A range from A1 notation: `A1:C5`, `$A$1:$C$5` or a single cell `B3`.
    public init(_ a1: String) throws {
        let parts = a1.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
            let a = CellAddress.parse(parts[0]),
            let b = CellAddress.parse(parts[parts.count - 1])
        else {
            throw WriterError.invalidReference(text: a1)
        }
        self.init(a, b)
    }

    /// `A1:C5`, or `B3` for one cell.
    public var a1: String { first == last ? first.a1 : "\(first.a1):\(last.a1)" }

    /// `$A$1:$C$5`, or `$B$3` for one cell.
    public var absoluteA1: String { first == last ? first.absoluteA1 : "\(first.absoluteA1):\(last.absoluteA1)" }

    /// `a1`.
    public var description: String { a1 }

    /// Number of rows.
    public var rowCount: Int { last.row - first.row + 1 }

    /// Number of columns.
    public var columnCount: Int { last.column - first.column + 1 }

    /// True when both corners lie inside Excel's grid.
    public var isInsideSheet: Bool { first.isInsideSheet && last.isInsideSheet }

    /// True when the two ranges share at least one cell.
    public func overlaps(_ other: RangeAddress) -> Bool {
        first.row <= other.last.row && other.first.row <= last.row
            && first.column <= other.last.column && other.first.column <= last.column
    }

    /// True when `cell` lies inside the range.
    public func contains(_ cell: CellAddress) -> Bool {
        (first.row...last.row).contains(cell.row) && (first.column...last.column).contains(cell.column)
    }
}
