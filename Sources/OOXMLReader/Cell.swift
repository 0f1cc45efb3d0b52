import Foundation

/// A cell exactly as the worksheet XML stores it, before shared strings and styles are applied.
public struct RawCell: Sendable, Equatable {
    public var reference: CellReference
    /// The `t` attribute.
    public var type: CellType
    /// The text of `<v>` (nil when there is no `<v>`; an empty `<v/>` gives "").
    public var value: String?
    /// The visible text of `<is>` for inline strings.
    public var inlineText: String?
    /// The `s` attribute: index into the styles' `cellXfs`.
    public var style: Int
    /// True when the cell has a `<f>` formula (its `<v>` is then the cached result).
    public var hasFormula: Bool
}

/// A cell's `t` attribute, recognised from its bytes while the sheet streams (a `String` per cell
/// and a string `switch` per value were a measurable part of reading).
public enum CellType: Sendable, Equatable {
    /// No `t`: a number (or an inline string without `t`).
    case absent
    /// `n`.
    case number
    /// `s`: an index into the shared strings.
    case sharedString
    /// `str`: a formula's text result.
    case formulaString
    /// `inlineStr`.
    case inlineString
    /// `b`.
    case boolean
    /// `e`.
    case error
    /// `d`: an ISO 8601 date.
    case date
    /// Anything else (read like a number when it parses as one).
    case other

    /// The type named by the attribute's bytes (compared exactly, as Excel writes them).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> CellType {
        func equals(_ literal: StaticString) -> Bool {
            literal.utf8CodeUnitCount == bytes.count
                && (bytes.count == 0 || memcmp(bytes.baseAddress!, literal.utf8Start, bytes.count) == 0)
        }
        if equals("s") { return .sharedString }
        if equals("n") { return .number }
        if equals("str") { return .formulaString }
        if equals("inlineStr") { return .inlineString }
        if equals("b") { return .boolean }
        if equals("e") { return .error }
        if equals("d") { return .date }
        return .other
    }
}

/// The meaning of a cell once shared strings, escapes and number formats are applied.
public enum CellValue: Sendable, Equatable {
    case string(String)
    case number(Double)
    case boolean(Bool)
    case date(ExcelDateTime)
    case error(String)

    /// The value as text, the way a person would read it off the sheet (numbers without a trailing `.0`).
    public var text: String {
        switch self {
        case .string(let s): return s
        case .number(let n): return NumberText.format(n)
        case .boolean(let b): return b ? "TRUE" : "FALSE"
        case .date(let d): return d.iso
        case .error(let e): return e
        }
    }
}

/// A non-empty cell with its resolved value.
public struct Cell: Sendable, Equatable {
    public let reference: CellReference
    public let value: CellValue
    /// The style index, kept for callers that look at formats (e.g. text-formatted ID columns).
    public let style: Int

    public init(reference: CellReference, value: CellValue, style: Int = 0) {
        self.reference = reference
        self.value = value
        self.style = style
    }
}

/// One worksheet row: its 1-based index and its non-empty cells in column order.
public struct Row: Sendable, Equatable {
    public let index: Int
    public let cells: [Cell]
    /// Cells holding a formula but no cached result (`<f>` without `<v>`): written by a program
    /// that does not calculate, never opened and saved in Excel. Their value is unknown, so they
    /// are not in `cells`; callers that need the value can tell the sender to open and save.
    public let uncachedFormulas: [CellReference]

    public init(index: Int, cells: [Cell], uncachedFormulas: [CellReference] = []) {
        self.index = index
        self.cells = cells
        self.uncachedFormulas = uncachedFormulas
    }
}

/// Shortest round-trip text for numbers: `4`, `0.5`, `1e-07`, never `4.0`.
public enum NumberText {
    public static func format(_ n: Double) -> String {
        if n == n.rounded(), abs(n) < 1e15 {
            return String(Int64(n))
        }
        return "\(n)"
    }
}
