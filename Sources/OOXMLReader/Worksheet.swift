import Foundation

/// Streams a worksheet part row by row (`<sheetData>`), never holding the sheet whole.
///
/// Positions: a `<row>` without `r` follows the previous row; a `<c>` without `r` follows the
/// previous cell of its row (the first one is column A); an explicit `r` re-anchors either.
/// A position past Excel's limits (row 1,048,576, column 16,384), written or reached by running
/// positions, is `outOfSheetLimits`; so every index kept here stays small (no overflow).
/// `<dimension>` is ignored (writers get it wrong). Cells in a row are handed over in column
/// order; a position written twice keeps the last value.
final class WorksheetReader: XMLEventHandler {
    /// Called with each finished row, in document order.
    private let onRow: ([RawCell], Int) throws -> Void
    /// For messages.
    private let file: String
    private let sheet: String

    private(set) var mergedRanges: [CellRange] = []
    /// False once a row came at or before an earlier row's index (hand-edited or odd writers).
    private(set) var rowsAscending = true

    // The parser calls back on one thread and never re-enters a callback, so no two accesses to
    // this state can overlap: the per-access exclusivity checks (two runtime calls on every SAX
    // event) are left out for the fields every cell touches.
    @exclusivity(unchecked) private var inSheetData = false
    @exclusivity(unchecked) private var rowIndex = 0
    /// The previous row's index (running positions follow it).
    @exclusivity(unchecked) private var previousRowIndex = 0
    /// The highest row index seen (to notice rows that go backwards).
    @exclusivity(unchecked) private var maxRowIndex = 0
    @exclusivity(unchecked) private var nextColumn = 1
    @exclusivity(unchecked) private var rowCells: [RawCell] = []
    @exclusivity(unchecked) private var rowSorted = true

    /// The cell being read (between `<c>` and `</c>`), field by field: an optional `RawCell`
    /// changed in place cost generic value-witness calls on every element.
    @exclusivity(unchecked) private var inCell = false
    @exclusivity(unchecked) private var cellReference = CellReference(row: 1, column: 1)
    @exclusivity(unchecked) private var cellType = CellType.absent
    @exclusivity(unchecked) private var cellStyle = 0
    @exclusivity(unchecked) private var cellHasFormula = false
    @exclusivity(unchecked) private var cellValue: String?
    @exclusivity(unchecked) private var cellInline: String?

    @exclusivity(unchecked) private var inValue = false
    @exclusivity(unchecked) private var inInline = false
    @exclusivity(unchecked) private var value = TextBuffer()
    @exclusivity(unchecked) private var inline = RichTextCollector()

    init(file: String, sheet: String, onRow: @escaping ([RawCell], Int) throws -> Void) {
        self.file = file
        self.sheet = sheet
        self.onRow = onRow
    }

    func startElement(_ name: XMLName, attributes: XMLAttributes) throws {
        if inCell {
            if inInline {
                inline.start(name)
            } else if name.is("v") {
                inValue = true
                value.reset()
            } else if name.is("is") {
                inInline = true
                inline.reset()
            } else if name.is("f") {
                cellHasFormula = true
            }
            return
        }
        if name.is("c"), inSheetData {
            if rowIndex == 0 { try beginRow(nil) }  // a cell outside any <row>: give it the next row
            let reference: CellReference
            switch attributes.bytes("r").map({ CellReference.parse(bytes: $0) }) ?? .invalid {
            case .valid(let parsed):
                reference = parsed
            case .outOfLimits:
                throw outOfLimits(.cellReference(ReaderError.excerpt(attributes.value("r") ?? "")))
            case .invalid:
                // No (usable) r: the running position, which must stay inside the sheet.
                guard nextColumn <= CellReference.maxColumn else {
                    throw outOfLimits(.implicitCell(row: rowIndex, column: nextColumn))
                }
                reference = CellReference(row: rowIndex, column: nextColumn)
            }
            if let last = rowCells.last, reference <= last.reference { rowSorted = false }
            nextColumn = reference.column + 1
            inCell = true
            cellReference = reference
            cellType = attributes.bytes("t").map(CellType.parse) ?? .absent
            cellStyle = Self.style(attributes)
            cellHasFormula = false
            cellValue = nil
            cellInline = nil
        } else if name.is("row"), inSheetData {
            if rowIndex != 0 { try endRow() }
            try beginRow(attributes.value("r"))
        } else if name.is("sheetData") {
            inSheetData = true
        } else if name.is("mergeCell") {
            if let ref = attributes.value("ref"), let range = CellRange(ref) { mergedRanges.append(range) }
        }
    }

    func endElement(_ name: XMLName) throws {
        if inCell {
            if name.is("c") {
                rowCells.append(
                    RawCell(
                        reference: cellReference, type: cellType, value: cellValue, inlineText: cellInline,
                        style: cellStyle, hasFormula: cellHasFormula))
                inCell = false
                inInline = false
                inValue = false
                cellValue = nil
                cellInline = nil
            } else if inInline {
                if name.is("is") {
                    inInline = false
                    cellInline = inline.value
                } else {
                    inline.end(name)
                }
            } else if name.is("v") {
                inValue = false
                cellValue = value.string
            }
            return
        }
        if name.is("row") {
            try endRow()
        } else if name.is("sheetData") {
            if rowIndex != 0 { try endRow() }
            inSheetData = false
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        if inValue {
            try value.append(bytes)
        } else if inInline {
            try inline.characters(bytes)
        }
    }

    /// The `s` attribute as a number (0 when absent or not a number): plain digits are read from
    /// the bytes, anything else (spaces, a sign, too many digits) as `Int` reads the trimmed text.
    private static func style(_ attributes: XMLAttributes) -> Int {
        guard let bytes = attributes.bytes("s") else { return 0 }
        if bytes.count > 0, bytes.count <= 9, bytes.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            return bytes.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        }
        return attributes.value("s").flatMap { Int(ASCIITrim.trim($0)) } ?? 0
    }

    /// Starts a row at its `r` attribute (`rAttribute`), or after the previous row when it has
    /// none or one that is not a positive number.
    private func beginRow(_ rAttribute: String?) throws {
        var explicit: Int?
        if let raw = rAttribute {
            let text = ASCIITrim.trim(raw)
            if let n = Int(text) {
                guard n <= CellReference.maxRow else { throw outOfLimits(.rowNumber(ReaderError.excerpt(text))) }
                if n > 0 { explicit = n }
            } else if ASCIIDigits.isUnsignedInteger(text) {
                throw outOfLimits(.rowNumber(ReaderError.excerpt(text)))  // too many digits for Int
            }
        }
        // previousRowIndex <= maxRow, so + 1 cannot overflow.
        let index = explicit ?? previousRowIndex + 1
        guard index <= CellReference.maxRow else {
            throw outOfLimits(.implicitRow(index))
        }
        if index <= maxRowIndex { rowsAscending = false }
        rowIndex = index
        nextColumn = 1
        rowCells.removeAll(keepingCapacity: true)
        rowSorted = true
    }

    private func outOfLimits(_ position: ReaderError.SheetPosition) -> ReaderError {
        .outOfSheetLimits(file: file, sheet: sheet, position: position)
    }

    private func endRow() throws {
        guard rowIndex != 0 else { return }
        if !rowSorted {
            // Stable sort, then keep the last of any position written twice.
            let sorted = rowCells.enumerated().sorted { a, b in
                a.element.reference == b.element.reference ? a.offset < b.offset : a.element.reference < b.element.reference
            }.map(\.element)
            var unique: [RawCell] = []
            for c in sorted {
                if let last = unique.last, last.reference == c.reference { unique[unique.count - 1] = c } else { unique.append(c) }
            }
            rowCells = unique
        }
        if rowCells.contains(where: { $0.reference.row != rowIndex }) { rowsAscending = false }
        previousRowIndex = rowIndex
        maxRowIndex = max(maxRowIndex, rowIndex)
        let index = rowIndex
        rowIndex = 0
        // Emptied after the call, when the buffer is no longer shared: the next row reuses it
        // instead of allocating one per row.
        defer { rowCells.removeAll(keepingCapacity: true) }
        try onRow(rowCells, index)
    }
}
