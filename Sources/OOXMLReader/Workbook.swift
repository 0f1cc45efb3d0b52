import Foundation

/// An opened `.xlsx`/`.xlsm` workbook: its sheets, shared strings and styles.
///
/// Parts are found through the package relationships (`_rels/.rels` → officeDocument →
/// its `.rels`), never by guessed paths. Worksheets are streamed on demand with
/// `forEachRow(in:_:)`; only shared strings and styles are held in memory.
/// One `Workbook` is used from one thread at a time; different workbooks may be read in parallel.
public final class Workbook {
    /// The name used in messages (normally the path relative to the input folder).
    public let displayName: String
    /// Every sheet in workbook order, chartsheets included (see `SheetInfo.kind`).
    public let sheets: [SheetInfo]
    /// True when the workbook uses the 1904 date system.
    public let date1904: Bool
    /// Defined names (named ranges, print areas).
    public let definedNames: [DefinedName]
    /// Core and custom document properties.
    public let properties: DocumentProperties
    /// The workbook part's path inside the package (e.g. `xl/workbook.xml`).
    public let workbookPart: String
    /// Resolved number-format information.
    public let styles: CellStyles

    private let archive: ZipArchive
    private let sharedStrings: [String]

    /// How many leading rows of each sheet `forEachRow` keeps once read (0: none, the default).
    ///
    /// A caller that looks at the same sheet several times (a form reader tries each form's
    /// header on the first rows, then reads the table) sets a small limit: the rows kept are
    /// replayed instead of inflating and parsing the XML again, and a sheet no longer than the
    /// limit is read from the file only once. Memory: at most `rowCacheLimit` rows per sheet.
    public var rowCacheLimit = 0
    /// Rows kept per sheet (by `SheetInfo.index`); `summary` is set once the whole sheet is kept.
    private var rowCache: [Int: (rows: [Row], summary: SheetSummary?)] = [:]

    /// The worksheets only (what `inspect` prints), in workbook order.
    public var worksheets: [SheetInfo] { sheets.filter { $0.kind == .worksheet } }

    /// Opens a workbook file.
    ///
    /// Throws `ReaderError` with a Japanese message for files that are missing, not regular files
    /// (a named pipe is refused at once, never waited on), empty, encrypted, legacy `.xls`, not a
    /// ZIP, broken, unsafe or over the caps.
    public convenience init(url: URL, displayName: String? = nil, limits: ArchiveLimits = .standard) throws {
        try self.init(source: ByteSource(url: url, displayName: displayName ?? url.lastPathComponent), limits: limits)
    }

    /// Opens a workbook held in memory (the whole `.xlsx` file's bytes), with the same checks
    /// and errors as a file; `displayName` names it in messages.
    public convenience init(data: Data, displayName: String, limits: ArchiveLimits = .standard) throws {
        try self.init(source: ByteSource(bytes: [UInt8](data), displayName: displayName), limits: limits)
    }

    init(source: ByteSource, limits: ArchiveLimits, partCache: PartCache = .shared) throws {
        let name = source.displayName
        self.displayName = name
        try FileSignature.check(source)
        let archive = try ZipArchive(source: source, limits: limits, partCache: partCache)
        self.archive = archive

        let packageRels = try RelationshipsReader.read(for: "", in: archive)
        if packageRels.isEmpty, archive.entry("_rels/.rels") == nil {
            // A ZIP that is not an OOXML package at all (an .ods, a plain archive) is "not an xlsx";
            // an OOXML package that lost its root relationships is broken.
            if archive.entry("[Content_Types].xml") == nil { throw ReaderError.notXLSX(file: name) }
            throw ReaderError.missingPart(file: name, part: "_rels/.rels")
        }
        guard let office = packageRels.first(where: { $0.hasType("officeDocument") && !$0.isExternal }) else {
            throw ReaderError.missingPart(file: name, part: "officeDocument", role: .workbook)
        }
        guard let workbookEntry = archive.entry(office.target) else {
            throw ReaderError.missingPart(file: name, part: office.target)
        }
        workbookPart = office.target

        let wb = try archive.parsedOnce(.workbook, workbookEntry) {
            let reader = WorkbookPartReader()
            try XMLStream.parse(workbookEntry, in: archive, handler: reader)
            return reader.parsed
        }
        // A Word or PowerPoint package renamed to .xlsx has an officeDocument too, but no <workbook>.
        guard wb.rootElement == "workbook" else { throw ReaderError.notXLSX(file: name) }
        date1904 = wb.date1904
        let rels = try RelationshipsReader.read(for: office.target, in: archive)
        var byID: [String: Relationship] = [:]
        for r in rels where byID[r.id] == nil { byID[r.id] = r }

        // A listed sheet whose relationship is missing would vanish silently: that is a broken file.
        for raw in wb.sheets where byID[raw.relationshipID] == nil {
            let relsPath = RelationshipsReader.relsPath(for: office.target)
            if archive.entry(relsPath) == nil { throw ReaderError.missingPart(file: name, part: relsPath) }
            throw ReaderError.missingPart(
                file: name, part: relsPath,
                role: .sheetRelationship(sheet: raw.name, relationshipID: raw.relationshipID))
        }
        sheets = wb.sheets.enumerated().map { i, raw in
            let rel = byID[raw.relationshipID]
            let kind: SheetKind
            switch true {
            case rel?.hasType("worksheet") == true: kind = .worksheet
            case rel?.hasType("chartsheet") == true: kind = .chartsheet
            case rel?.hasType("dialogsheet") == true: kind = .dialogsheet
            case rel?.hasType("xlMacrosheet") == true, rel?.hasType("xlIntlMacrosheet") == true: kind = .macrosheet
            default: kind = .other
            }
            return SheetInfo(name: raw.name, state: raw.state, kind: kind, part: rel?.target ?? "", index: i)
        }
        definedNames = wb.definedNames.map { DefinedName(name: $0.name, localSheet: $0.localSheet, formula: $0.formula) }

        if let rel = rels.first(where: { $0.hasType("sharedStrings") && !$0.isExternal }), let entry = archive.entry(rel.target) {
            let reader = SharedStringsReader()
            try XMLStream.parse(entry, in: archive, handler: reader)
            sharedStrings = reader.strings
        } else {
            sharedStrings = []
        }
        if let rel = rels.first(where: { $0.hasType("styles") && !$0.isExternal }), let entry = archive.entry(rel.target) {
            styles = try archive.parsedOnce(.styles, entry) {
                let reader = StylesReader()
                try XMLStream.parse(entry, in: archive, handler: reader)
                return CellStyles(formatIDs: reader.cellFormatIDs, formatCodes: reader.formatCodes)
            }
        } else {
            styles = .empty
        }

        var props = DocumentProperties()
        if let rel = packageRels.first(where: { $0.hasType("core-properties") }), let entry = archive.entry(rel.target) {
            let reader = CorePropertiesReader()
            try XMLStream.parse(entry, in: archive, handler: reader)
            props = reader.properties
        }
        if let rel = packageRels.first(where: { $0.hasType("custom-properties") }), let entry = archive.entry(rel.target) {
            let reader = CustomPropertiesReader()
            try XMLStream.parse(entry, in: archive, handler: reader)
            props.custom = reader.values
        }
        properties = props
    }

    /// The sheet with this name (exact match), if any.
    public func sheet(named name: String) -> SheetInfo? {
        sheets.first { $0.name == name }
    }

    /// What the streaming pass learned besides the rows.
    public struct SheetSummary: Sendable {
        /// Merged ranges (`<mergeCell>`), in document order.
        public let mergedRanges: [CellRange]
        /// True when every row came after the previous one (document order is row-major).
        public let rowsAscending: Bool
    }

    /// Streams `sheet` row by row in document order, values resolved. Empty cells are left out.
    @discardableResult
    public func forEachRow(in sheet: SheetInfo, _ body: (Row) throws -> Void) throws -> SheetSummary {
        guard sheet.kind == .worksheet, !sheet.part.isEmpty else {
            throw ReaderError.noSuchSheet(file: displayName, sheet: sheet.name)
        }
        // Rows kept from an earlier pass are replayed first; a sheet kept whole is not read again.
        let kept = rowCacheLimit > 0 ? rowCache[sheet.index] : nil
        for row in kept?.rows ?? [] { try body(row) }
        if let summary = kept?.summary { return summary }
        guard let entry = archive.entry(sheet.part) else {
            throw ReaderError.missingPart(file: displayName, part: sheet.part)
        }
        let replayed = kept?.rows.count ?? 0
        var rows = kept?.rows ?? []
        var seen = 0
        var summary: SheetSummary?
        defer {
            if rowCacheLimit > 0 { rowCache[sheet.index] = (rows, seen <= rowCacheLimit ? summary : nil) }
        }
        summary = try withoutActuallyEscaping(body) { body in
            let reader = WorksheetReader(file: displayName, sheet: sheet.name) { raws, index in
                seen += 1
                if seen <= replayed { return }  // already handed over from the kept rows
                var cells: [Cell] = []
                var uncached: [CellReference] = []
                cells.reserveCapacity(raws.count)
                for raw in raws {
                    if let value = try self.resolve(raw, sheet: sheet.name) {
                        cells.append(Cell(reference: raw.reference, value: value, style: raw.style))
                    } else if raw.hasFormula, raw.value == nil || (raw.value?.isEmpty == true && raw.type != .formulaString) {
                        // No result saved: no <v>, or openpyxl's empty <v/> (an empty text result is t="str").
                        uncached.append(raw.reference)
                    }
                }
                let row = Row(index: index, cells: cells, uncachedFormulas: uncached)
                if rows.count < self.rowCacheLimit { rows.append(row) }
                try body(row)
            }
            // Errors thrown by `body` stop the parser and come back out unchanged.
            try XMLStream.parse(entry, in: archive, handler: reader)
            return SheetSummary(mergedRanges: reader.mergedRanges, rowsAscending: reader.rowsAscending)
        }
        return summary!
    }

    /// Calls `body` with every non-empty cell of `sheet` in row-major order.
    ///
    /// Streams when the sheet is written in row order (the normal case). A sheet whose rows go
    /// backwards (hand-edited XML) is first detected by a pass that keeps nothing, then read
    /// into memory and sorted: only such odd sheets cost memory in proportion to their size.
    @discardableResult
    public func forEachCellRowMajor(in sheet: SheetInfo, _ body: (Cell) throws -> Void) throws -> SheetSummary {
        let probe = try forEachRow(in: sheet) { _ in }
        if probe.rowsAscending {
            return try forEachRow(in: sheet) { row in
                for cell in row.cells { try body(cell) }
            }
        }
        var all: [CellReference: Cell] = [:]
        let summary = try forEachRow(in: sheet) { row in
            for cell in row.cells { all[cell.reference] = cell }
        }
        for (_, cell) in all.sorted(by: { $0.key < $1.key }) { try body(cell) }
        return summary
    }

    /// Applies shared strings, escapes and number formats to a raw cell; nil for an empty cell.
    public func resolve(_ raw: RawCell, sheet: String) throws -> CellValue? {
        switch raw.type {
        case .sharedString:
            guard let v = raw.value.map(ASCIITrim.trim), !v.isEmpty else { return nil }
            guard let index = Int(v), index >= 0, index < sharedStrings.count else {
                throw ReaderError.sharedStringOutOfRange(
                    file: displayName, sheet: sheet, cell: raw.reference.a1,
                    index: Int(v) ?? -1, count: sharedStrings.count)
            }
            let s = sharedStrings[index]
            return s.isEmpty ? nil : .string(s)
        case .formulaString:
            guard let v = raw.value, !v.isEmpty else { return nil }
            return .string(OOXMLEscapes.decode(v))
        case .inlineString:
            let s = raw.inlineText ?? raw.value.map(OOXMLEscapes.decode) ?? ""
            return s.isEmpty ? nil : .string(s)
        case .boolean:
            guard let v = raw.value.map(ASCIITrim.trim), !v.isEmpty else { return nil }
            if let b = XMLBool.parse(v) { return .boolean(b) }
            return .string(v)
        case .error:
            guard let v = raw.value.map(ASCIITrim.trim), !v.isEmpty else { return nil }
            return .error(v)
        case .date:
            guard let v = raw.value.map(ASCIITrim.trim), !v.isEmpty else { return nil }
            switch ExcelDateTime.readISO(v) {
            case .date(let d): return .date(d)
            case .notADate: return .string(v)
            case .outOfRange:
                throw ReaderError.dateOutOfRange(
                    file: displayName, sheet: sheet, cell: raw.reference.a1,
                    text: ReaderError.excerpt(v))
            }
        case .number, .absent, .other:
            // "n", absent, or an unknown type: a number when it parses as one.
            guard let text = raw.value else {
                if let inline = raw.inlineText, !inline.isEmpty { return .string(inline) }
                return nil
            }
            let v = ASCIITrim.trim(text)
            guard !v.isEmpty else { return nil }
            guard let n = Double(v), n.isFinite else { return .string(text) }
            if styles.isDateTime(styleIndex: raw.style), let d = ExcelDateTime.fromSerial(n, date1904: date1904) {
                return .date(d)
            }
            return .number(n)
        }
    }
}

/// Trims XML whitespace (space, tab, CR, LF) without going through Foundation (hot path).
enum ASCIITrim {
    static func trim(_ s: String) -> String {
        let u = s.utf8
        guard let first = u.first, let last = u.last else { return s }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        if !isSpace(first) && !isSpace(last) { return s }
        var start = u.startIndex
        var end = u.endIndex
        while start < end, isSpace(u[start]) { start = u.index(after: start) }
        while end > start, isSpace(u[u.index(before: end)]) { end = u.index(before: end) }
        return String(s[start..<end])
    }
}

/// Tells digits that `Int(_:)` refused for their size from text that is no number.
enum ASCIIDigits {
    /// True for an optional `+` followed by one or more ASCII digits.
    static func isUnsignedInteger<S: StringProtocol>(_ s: S) -> Bool {
        let digits = s.utf8.drop(while: { $0 == UInt8(ascii: "+") })
        return !digits.isEmpty && digits.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
