import Foundation

/// Where a problem is: file (relative to the input folder), sheet and cell, as far as known.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    public var sheet: String?
    public var cell: CellPosition?

    public init(file: String, sheet: String? = nil, cell: CellPosition? = nil) {
        self.file = file
        self.sheet = sheet
        self.cell = cell
    }

    /// The same place, another cell.
    public func at(_ cell: CellPosition?) -> SourceLocation {
        SourceLocation(file: file, sheet: sheet, cell: cell)
    }

    /// `「file」シート「sheet」セル B3`.
    public var description: String {
        var s = "「\(file)」"
        if let sheet { s += "シート「\(sheet)」" }
        if let cell { s += "セル \(cell)" }
        return s
    }
}
