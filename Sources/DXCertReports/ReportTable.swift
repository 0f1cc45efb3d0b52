import DXCertRules
import Foundation
import XLSXWriter

/// A value in a report cell.
enum ReportValue: Hashable {
    case text(String)
    case number(Double)
    case blank

    /// Text, or blank when empty.
    static func nonEmpty(_ s: String) -> ReportValue { s.isEmpty ? .blank : .text(s) }

    /// A number, or blank when nil.
    static func optional(_ v: Double?) -> ReportValue { v.map { .number($0) } ?? .blank }

    /// A count.
    static func count(_ n: Int) -> ReportValue { .number(Double(n)) }
}

/// One column of a report table: its heading, how values look and how wide it may get.
struct ReportColumn {
    /// How a column shows its values.
    enum Kind: Hashable {
        /// Text: the column grows up to `maxWidth`, longer text wraps and the row grows.
        case text
        /// Text left on one line, running on to the right (a screen-only column whose long
        /// text must not make rows tall).
        case singleLine
        /// Short codes shown centred (状態, 達成), wrapping when they must.
        case centered
        /// Numbers with an Excel number format (`0.0`, `0`, `0%`).
        case number(String)

        /// Text in the column wraps onto several lines.
        var wraps: Bool { self == .text || self == .centered }
    }

    var header: String
    var kind: Kind
    var minWidth: Double
    var maxWidth: Double
    /// An explanation attached to the heading cell as a note (shown on hover).
    var note: String?

    init(_ header: String, _ kind: Kind = .text, min: Double = 6, max: Double = 40, note: String? = nil) {
        self.header = header
        self.kind = kind
        self.minWidth = min
        self.maxWidth = max
        self.note = note
    }

    static func score(_ header: String, note: String? = nil) -> ReportColumn {
        ReportColumn(header, .number(ReportStyles.scoreFormat), min: 7, max: 12, note: note)
    }

    static func count(_ header: String, note: String? = nil) -> ReportColumn {
        ReportColumn(header, .number(ReportStyles.integerFormat), min: 6, max: 12, note: note)
    }
}

/// A table: a heading row, data rows, and optionally a totals row kept out of the filter.
///
/// Rows are made on demand: a large table (one row per participant of a city-wide year, its
/// reasons included) is made row by row twice — once to size the columns, once to write — and
/// never held whole, so the report's memory does not grow with a second copy of every text.
struct ReportTable {
    var columns: [ReportColumn]
    /// The number of data rows.
    let rowCount: Int
    /// Makes data row `i` (0-based).
    private let makeRow: (Int) -> [ReportValue]
    /// A 合計 row written under the data (outside the autofilter, so sorting leaves it last).
    var totals: [ReportValue]?
    /// Written in the first column when there are no rows.
    var emptyMessage = "該当なし"
    /// Columns left of this stay in view when scrolling sideways.
    var frozenColumns = 0

    /// A table of rows already made (small tables).
    init(
        columns: [ReportColumn], rows: [[ReportValue]], totals: [ReportValue]? = nil, emptyMessage: String = "該当なし",
        frozenColumns: Int = 0
    ) {
        self.init(
            columns: columns, count: rows.count, row: { rows[$0] }, totals: totals, emptyMessage: emptyMessage,
            frozenColumns: frozenColumns)
    }

    /// A table whose `count` rows are made by `row` when needed.
    init(
        columns: [ReportColumn], count: Int, row: @escaping (Int) -> [ReportValue], totals: [ReportValue]? = nil,
        emptyMessage: String = "該当なし", frozenColumns: Int = 0
    ) {
        self.columns = columns
        self.rowCount = count
        self.makeRow = row
        self.totals = totals
        self.emptyMessage = emptyMessage
        self.frozenColumns = frozenColumns
    }

    /// Data row `i`.
    func row(_ i: Int) -> [ReportValue] { makeRow(i) }

    /// Every data row, made now (tests and small tables).
    var rows: [[ReportValue]] { (0..<rowCount).map(makeRow) }

    /// The index of the column with this heading.
    func column(_ header: String) -> Int? { columns.firstIndex { $0.header == header } }
}
