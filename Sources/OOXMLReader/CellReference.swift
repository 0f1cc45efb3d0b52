import Foundation

/// A cell position, 1-based: `A1` is row 1, column 1.
public struct CellReference: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let row: Int
    public let column: Int

    /// Creates a reference from 1-based row and column.
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Excel's last row (1,048,576) and last column (16,384, `XFD`).
    public static let maxRow = 1_048_576
    public static let maxColumn = 16_384

    /// Parses `B3`, `$B$3` or `b3` within Excel's limits (`XFD1048576`); nil for anything else.
    public init?(_ a1: String) {
        guard case .valid(let r) = Self.parse(a1) else { return nil }
        self = r
    }

    /// What an A1 text turned out to be.
    enum Parsed: Equatable {
        case valid(CellReference)
        /// Letters then digits, but past `XFD` or row 1,048,576 (however many digits).
        case outOfLimits
        /// Not an A1 reference.
        case invalid
    }

    /// Parses an A1 reference, telling one past Excel's limits apart from text that is none.
    /// Never overflows: accumulation stops as soon as a part passes its limit.
    static func parse(_ a1: String) -> Parsed {
        parse(bytes: a1.utf8)
    }

    /// `parse(_:)` on the UTF-8 bytes of the text (an attribute's value straight from the parser).
    static func parse(bytes a1: some Sequence<UInt8>) -> Parsed {
        var column = 0
        var row = 0
        var sawLetter = false
        var sawDigit = false
        var tooLarge = false
        for u in a1 {
            switch u {
            case UInt8(ascii: "$"):
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard !sawDigit else { return .invalid }
                sawLetter = true
                if column <= maxColumn { column = column * 26 + Int((u | 0x20) - UInt8(ascii: "a")) + 1 }
                if column > maxColumn { tooLarge = true }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard sawLetter else { return .invalid }
                sawDigit = true
                if row <= maxRow { row = row * 10 + Int(u - UInt8(ascii: "0")) }
                if row > maxRow { tooLarge = true }
            default:
                return .invalid
            }
        }
        guard sawLetter, sawDigit else { return .invalid }
        if tooLarge { return .outOfLimits }
        guard row > 0 else { return .invalid }
        return .valid(CellReference(row: row, column: column))
    }

    /// Column letters for a 1-based column: 1 → `A`, 27 → `AA`.
    public static func columnName(_ column: Int) -> String {
        var n = column
        var scalars: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            scalars.append(Character(Unicode.Scalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(scalars.reversed())
    }

    /// The A1 form, e.g. `B3`.
    public var a1: String { Self.columnName(column) + String(row) }
    public var description: String { a1 }

    /// Row-major order.
    public static func < (l: CellReference, r: CellReference) -> Bool {
        l.row != r.row ? l.row < r.row : l.column < r.column
    }
}

/// A rectangular range such as a merged area `A1:C2`.
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    public let first: CellReference
    public let last: CellReference

    public init(first: CellReference, last: CellReference) {
        self.first = first
        self.last = last
    }

    /// Parses `A1:C2` (or a single `A1`).
    public init?(_ text: String) {
        let parts = text.split(separator: ":")
        guard let a = parts.first.flatMap({ CellReference(String($0)) }) else { return nil }
        let b = parts.count > 1 ? CellReference(String(parts[1])) : a
        guard let b else { return nil }
        first = CellReference(row: min(a.row, b.row), column: min(a.column, b.column))
        last = CellReference(row: max(a.row, b.row), column: max(a.column, b.column))
    }

    public func contains(_ r: CellReference) -> Bool {
        r.row >= first.row && r.row <= last.row && r.column >= first.column && r.column <= last.column
    }

    public var description: String { first == last ? first.a1 : "\(first.a1):\(last.a1)" }
}
