import Foundation

/// Reads `styles.xml`: which number format each cell style (`cellXfs` entry) uses.
final class StylesReader: XMLEventHandler {
    /// Custom number formats by id.
    private(set) var formatCodes: [Int: String] = [:]
    /// `numFmtId` of each `cellXfs` entry, by position (the cell's `s` attribute).
    private(set) var cellFormatIDs: [Int] = []
    private var inCellXfs = false
    /// `numFmt` also appears inside `<dxfs>` (conditional formats); only `<numFmts>` counts.
    private var inNumFmts = false

    func startElement(_ name: XMLName, attributes: XMLAttributes) throws {
        if name.is("numFmts") {
            inNumFmts = true
        } else if name.is("numFmt"), inNumFmts {
            if let id = attributes.value("numFmtId").flatMap({ Int($0) }) {
                formatCodes[id] = attributes.value("formatCode") ?? ""
            }
        } else if name.is("cellXfs") {
            inCellXfs = true
        } else if name.is("xf"), inCellXfs {
            cellFormatIDs.append(attributes.value("numFmtId").flatMap { Int($0) } ?? 0)
        }
    }

    func endElement(_ name: XMLName) throws {
        if name.is("cellXfs") { inCellXfs = false }
        if name.is("numFmts") { inNumFmts = false }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {}
}

/// Resolved styles: for each style index, whether its number format shows a date or time.
public struct CellStyles: Sendable {
    /// The number format id of each style index.
    public let formatIDs: [Int]
    /// Custom format codes by id.
    public let formatCodes: [Int: String]
    private let dateStyle: [Bool]

    init(formatIDs: [Int], formatCodes: [Int: String]) {
        self.formatIDs = formatIDs
        self.formatCodes = formatCodes
        var cache: [Int: Bool] = [:]
        self.dateStyle = formatIDs.map { id in
            if let known = cache[id] { return known }
            let isDate = NumberFormat.isDateTime(id: id, code: formatCodes[id])
            cache[id] = isDate
            return isDate
        }
    }

    /// No styles part: every cell uses General.
    static let empty = CellStyles(formatIDs: [], formatCodes: [:])

    /// True when cells of style `index` display a date, a time or a duration.
    public func isDateTime(styleIndex index: Int) -> Bool {
        index >= 0 && index < dateStyle.count && dateStyle[index]
    }

    /// The number format code of a style (custom code, else the built-in one, else nil).
    public func formatCode(styleIndex index: Int) -> String? {
        guard index >= 0, index < formatIDs.count else { return nil }
        let id = formatIDs[index]
        return formatCodes[id] ?? NumberFormat.builtInCodes[id]
    }
}
