/// A cell position: 0-based row and column, with A1 notation for people.
///
/// The position is not checked when it is made; every write checks it against Excel's grid
/// and throws `WriterError.cellOutOfRange` naming the cell.
public struct CellAddress: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// 0-based row (`0` is row 1).
    public var row: Int
    /// 0-based column (`0` is column A).
    public var column: Int

    /// A cell from 0-based row and column numbers.
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// A cell from A1 notation (`B3`, `$B$3`, `xfd1048576`).
    ///
    /// Throws `WriterError.invalidReference` for text that is not a cell.
    public init(_ a1: String) throws {
        guard let parsed = Self.parse(Substring(a1)) else {
            throw WriterError.invalidReference(text: a1)
        }
        self = parsed
    }

    /// A1 notation (`B3`); positions outside the grid are shown as `R{row}C{column}` (1-based).
    public var a1: String {
        guard row >= 0, column >= 0 else { return "R\(row + 1)C\(column + 1)" }
        return Self.columnName(column) + String(row + 1)
    }

    /// Absolute A1 notation (`$B$3`).
    public var absoluteA1: String {
        guard row >= 0, column >= 0 else { return a1 }
        return "$" + Self.columnName(column) + "$" + String(row + 1)
    }

    /// `a1`.
    public var description: String { a1 }

    /// True when the cell lies inside Excel's 1,048,576 × 16,384 grid.
    public var isInsideSheet: Bool {
        (0..<ExcelLimits.rows).contains(row) && (0..<ExcelLimits.columns).contains(column)
    }

    /// Column letters for a 0-based column (`0` → `A`, `16383` → `XFD`).
    public static func columnName(_ column: Int) -> String {
        var n = column + 1
        var letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// Row-major order.
    public static func < (l: CellAddress, r: CellAddress) -> Bool {
        (l.row, l.column) < (r.row, r.column)
    }

    static func parse(_ text: Substring) -> CellAddress? {
        var letters = 0
        var column = 0
        var digits = 0
        var row = 0
        var chars = text.unicodeScalars[...]
        if chars.first == "$" { chars = chars.dropFirst() }
        while let c = chars.first, let v = Self.letterValue(c) {
            column = column * 26 + v
            letters += 1
            chars = chars.dropFirst()
            if letters > 3 { return nil }
        }
        if chars.first == "$" { chars = chars.dropFirst() }
        while let c = chars.first, ("0"..."9").contains(c) {
            row = row * 10 + Int(c.value - 48)
            digits += 1
            chars = chars.dropFirst()
            if digits > 7 { return nil }
        }
        guard letters > 0, digits > 0, chars.isEmpty, row > 0 else { return nil }
        return CellAddress(row: row - 1, column: column - 1)
    }

    private static func letterValue(_ c: Unicode.Scalar) -> Int? {
        switch c.value {
        case 65...90: return Int(c.value) - 64
        case 97...122: return Int(c.value) - 96
        default: return nil
        }
    }
}
