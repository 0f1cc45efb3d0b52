import Foundation

/// A cell on a sheet by its 1-based row and column: where a value was read or a problem is.
///
/// Kept as numbers from the moment a cell is read; the `B3` text exists only for people
/// (`a1`, messages, reports, `--json`). Ordered row by row, then by column.
public struct CellPosition: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// `B3`; the column letters run A…Z, AA…ZZ, AAA… (a position outside Excel's sheet still
    /// gets letters, never a trap).
    public var a1: String {
        var letters: [Character] = []
        var n = max(column, 1)
        while n > 0 {
            let (quotient, remainder) = (n - 1).quotientAndRemainder(dividingBy: 26)
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            n = quotient
        }
        return String(letters.reversed()) + String(row)
    }

    public var description: String { a1 }

    public static func < (a: CellPosition, b: CellPosition) -> Bool {
        (a.row, a.column) < (b.row, b.column)
    }
}

extension CellPosition: Codable {
    /// Encoded as its `B3` text, the form `--json` and people use.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(a1)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let position = CellPosition(a1: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a cell reference: \(text)")
        }
        self = position
    }

    /// Reads `B3` (upper-case letters then digits); nil for anything else.
    public init?(a1 text: String) {
        var column = 0
        var digits = Substring(text)
        while let c = digits.first, let ascii = c.asciiValue, ascii >= 65, ascii <= 90 {
            guard column <= 1_000_000 else { return nil }
            column = column * 26 + Int(ascii - 64)
            digits = digits.dropFirst()
        }
        guard column > 0, !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.count <= 9,
            let row = Int(digits), row > 0
        else { return nil }
        self.init(row: row, column: column)
    }
}
