import CXLSXWriter
import Foundation

/// An `.xlsx` file being written: the one owner of libxlsxwriter's `lxw_workbook`.
///
/// Life cycle:
/// - `init` creates the handle; nothing touches the disk yet (libxlsxwriter opens files only
///   in `workbook_close`).
/// - Sheets, styles, charts and properties are added.
/// - `close()` writes everything exactly once: libxlsxwriter assembles the package into a
///   hidden staging file next to `path`, the wrapper checks that the staging file is a
///   non-empty ZIP, then renames it over `path`. A failed close leaves any earlier file at
///   `path` untouched. Calling `close()` again returns the first outcome (success or the
///   same error) without touching the handle.
/// - `discard()` or dropping an unclosed workbook frees the handle with `lxw_workbook_free`
///   and writes nothing.
///
/// Threads: a workbook and its sheets belong to one thread at a time. Different workbooks may
/// be written on different threads at once: libxlsxwriter 1.1.4 keeps all its state in the
/// workbook except for two process-wide things, and the wrapper serialises the calls that use
/// them under one lock (`libraryLock`):
/// - `workbook_close` formats the creation date with the non-reentrant `gmtime()` (one static
///   `struct tm` for the process: two closes at once could print each other's date);
/// - temporary files are named by `tmpfileplus` with `srand()`/`rand()` and a static seed:
///   `workbook_close` makes one per part, and `workbook_add_worksheet` one per sheet in
///   constant-memory mode.
/// Everything else a workbook does (formats, strings, rows, the temporary file of a
/// constant-memory sheet, charts) is its own, so what one workbook writes does not depend on
/// another being written at the same time. `close()` also diverts the process's stderr while
/// the library runs (`StandardErrorCapture`); a warning another thread's workbook prints in
/// that moment lands in the captured text instead of on the terminal.
public final class XLSXWorkbook {
    /// The file that `close()` writes.
    public let path: String
    /// The options the workbook was created with.
    public let options: WorkbookOptions

    private var handle: UnsafeMutablePointer<lxw_workbook>?
    private let stagingPath: String
    private var outcome: Result<Void, WriterError>?
    private var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]
    /// The last few styles used, checked before hashing a style into `formats`: a report writes
    /// cell after cell in a handful of styles, and comparing is cheaper than hashing.
    private var recentFormats: [(style: CellStyle, format: UnsafeMutablePointer<lxw_format>)] = []
    private var properties = WorkbookProperties()
    private var customProperties: [(name: String, value: CustomPropertyValue)] = []
    private var definedNameKeys: Set<String> = []
    var sheets: [SheetRecord] = []
    var charts: [ChartRecord] = []
    var activeSheet = 0
    var firstSheet = 0

    /// Serialises the libxlsxwriter calls that touch process-wide state (see above).
    static let libraryLock = NSLock()

    /// Starts a workbook that `close()` will write to `path`.
    ///
    /// Throws `WriterError.invalidArgument` for a bad default font or a temporary directory
    /// that does not exist, and `.library` if libxlsxwriter cannot allocate the workbook.
    public init(path: String, options: WorkbookOptions = WorkbookOptions()) throws {
        self.path = path
        self.options = options
        let location = WriterError.Location(path: path)
        if let font = options.defaultFont {
            try requireBytes(font.name, atMost: ExcelLimits.formatFieldBytes, field: .fontName, at: location)
            guard ExcelLimits.fontSize.contains(font.size) else {
                throw WriterError.invalidArgument(field: .fontSize, problem: .fontSizeOutOfRange(font.size), at: location)
            }
        }
        if let dir = options.temporaryDirectory {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw WriterError.invalidArgument(field: .temporaryDirectory, problem: .missingTemporaryDirectory(dir), at: location)
            }
        }
        let target = URL(fileURLWithPath: path)
        stagingPath =
            target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).partial")
            .path

        var libraryOptions = lxw_workbook_options()
        libraryOptions.constant_memory = options.constantMemory ? 1 : 0
        libraryOptions.use_zip64 = options.useZip64 ? 1 : 0
        let created: UnsafeMutablePointer<lxw_workbook>? = withCStrings { strings in
            // workbook_new_opt copies tmpdir (lxw_strdup), so the store may free it afterwards.
            libraryOptions.tmpdir = strings.copyIfPresent(options.temporaryDirectory)
            return workbook_new_opt(stagingPath, &libraryOptions)
        }
        guard let created else { throw allocationFailure(call: "workbook_new_opt", at: location) }
        handle = created

        if let font = options.defaultFont {
            // The first format in the list is the default cell format (xf 0, "Normal");
            // the default hyperlink format is kept separately. Both get the font.
            if let normal = created.pointee.formats?.pointee.stqh_first {
                format_set_font_name(normal, font.name)
                format_set_font_size(normal, font.size)
            }
            if let link = created.pointee.default_url_format {
                format_set_font_name(link, font.name)
                format_set_font_size(link, font.size)
            }
        }
    }

    deinit {
        // Dropped without close(): free everything, write nothing.
        if let handle { lxw_workbook_free(handle) }
    }

    /// True once `close()` or `discard()` has run; the workbook then refuses all changes.
    public var isClosed: Bool { handle == nil }

    /// The names of the sheets added so far, in tab order.
    public var sheetNames: [String] { sheets.map(\.name) }

    // MARK: Sheets

    /// Adds a worksheet with a tab name Excel accepts (≤ 31 characters, none of `[]:*?/\`,
    /// no apostrophe at either end, not already used ignoring case). Japanese names are fine.
    ///
    /// `constantMemory` streams this sheet's rows to a temporary file as they are finished
    /// (see `WorkbookOptions.constantMemory` for the rules); nil follows the workbook's option.
    /// A workbook may mix both kinds: e.g. a long table streamed, and a small sheet with a
    /// chart or merges over several rows kept in memory.
    public func addWorksheet(name: String, constantMemory: Bool? = nil) throws -> XLSXWorksheet {
        let workbook = try openHandle()
        if let problem = SheetName.problem(with: name, existing: sheetNames) {
            throw WriterError.invalidSheetName(name: name, problem: problem, path: path)
        }
        // libxlsxwriter checks again with its own rules; map its answer too.
        try check(workbook_validate_sheet_name(workbook, name), call: "workbook_validate_sheet_name", at: .init(path: path, sheet: name))
        // libxlsxwriter 1.1.4 reads `options.constant_memory` only here, when it creates the
        // sheet (`lxw_worksheet_new` copies it to `worksheet->optimize` and opens the sheet's
        // temporary file); everything later asks the sheet. So a sheet of the other kind is
        // made by setting the option around this one call.
        let streamed: UInt8 = (constantMemory ?? options.constantMemory) ? 1 : 0
        let created: UnsafeMutablePointer<lxw_worksheet>? = Self.libraryLock.withLock {
            let saved = workbook.pointee.options.constant_memory
            workbook.pointee.options.constant_memory = streamed
            defer { workbook.pointee.options.constant_memory = saved }
            return workbook_add_worksheet(workbook, name)
        }
        guard let sheet = created else {
            throw allocationFailure(call: "workbook_add_worksheet", at: .init(path: path, sheet: name))
        }
        let record = SheetRecord(pointer: sheet, name: name, index: sheets.count)
        sheets.append(record)
        return XLSXWorksheet(workbook: self, record: record)
    }

    /// The worksheet with this exact name, if it was added.
    public func worksheet(named name: String) -> XLSXWorksheet? {
        sheets.first { $0.name == name }.map { XLSXWorksheet(workbook: self, record: $0) }
    }

    // MARK: Charts

    /// Creates a chart; fill it with series, then insert it once with `XLSXWorksheet.insertChart`.
    public func addChart(_ kind: XLSXChart.Kind) throws -> XLSXChart {
        let workbook = try openHandle()
        guard let chart = workbook_add_chart(workbook, kind.lxw) else {
            throw allocationFailure(call: "workbook_add_chart", at: .init(path: path))
        }
        let record = ChartRecord(pointer: chart, kind: kind)
        charts.append(record)
        let result = XLSXChart(workbook: self, record: record)
        if let font = options.defaultFont { result.applyFont(name: font.name) }
        return result
    }

    // MARK: Properties and names

    /// Sets the document properties (タイトル, 作成者, …) and the creation time written to
    /// `docProps/core.xml`. Applied in `close()`; a later call replaces an earlier one.
    public func setProperties(_ properties: WorkbookProperties) throws {
        try requireOpen()
        let location = WriterError.Location(path: path)
        for text in [
            properties.title, properties.subject, properties.author, properties.manager, properties.company,
            properties.category, properties.keywords, properties.comments, properties.status,
        ].compactMap({ $0 }) {
            try requireNoNUL(text, field: .documentProperty, at: location)
        }
        try Self.requireTimeT(properties.created, at: location)
        self.properties = properties
    }

    /// Sets a custom document property (ユーザー設定のプロパティ). Names and texts are at
    /// most 255 characters; setting the same name again replaces the value.
    public func setCustomProperty(_ name: String, _ value: CustomPropertyValue) throws {
        try requireOpen()
        let location = WriterError.Location(path: path)
        guard !name.isEmpty else {
            throw WriterError.invalidArgument(field: .customPropertyName, problem: .emptyName, at: location)
        }
        try requireLength(name, atMost: ExcelLimits.customProperty, field: .customPropertyName, at: location)
        switch value {
        case .text(let text):
            try requireLength(text, atMost: ExcelLimits.customProperty, field: .customPropertyValue, at: location)
        case .number(let number):
            guard number.isFinite else {
                throw WriterError.invalidArgument(field: .customPropertyValue, problem: .propertyNumberNotFinite(number), at: location)
            }
        case .date(let date):
            try Self.requireTimeT(date, at: location)
        case .boolean:
            break
        }
        if let index = customProperties.firstIndex(where: { $0.name == name }) {
            customProperties[index].value = value
        } else {
            customProperties.append((name, value))
        }
    }

    /// Defines a workbook-level name (名前の定義), e.g. `defineName("対象年度", refersTo: "=2025")`
    /// or a range formula such as `='名簿'!$A$2:$A$100`. With `sheet`, the name is local to it.
    ///
    /// libxlsxwriter 1.1.4 stores names and formulas in 128-byte buffers and cuts longer ones
    /// silently (even inside a kanji), so both are limited to 127 UTF-8 bytes here.
    public func defineName(_ name: String, refersTo formula: String, localTo sheet: XLSXWorksheet? = nil) throws {
        let workbook = try openHandle()
        let location = WriterError.Location(path: path, sheet: sheet?.name)
        try requireBytes(name, atMost: ExcelLimits.definedNameBytes, field: .definedName, at: location)
        let body = formula.hasPrefix("=") ? String(formula.dropFirst()) : formula
        try requireBytes(body, atMost: ExcelLimits.definedNameBytes, field: .definedNameFormula, at: location)
        if let problem = Self.definedNameProblem(name) {
            throw WriterError.invalidArgument(field: .definedName, problem: problem, at: location)
        }
        guard !body.isEmpty else {
            throw WriterError.invalidArgument(field: .definedNameFormula, problem: .emptyReference, at: location)
        }
        let key = "\(sheet?.index ?? -1)|\(name.lowercased())"
        guard !definedNameKeys.contains(key) else {
            throw WriterError.invalidArgument(field: .definedName, problem: .nameAlreadyDefined(name), at: location)
        }
        if let sheet, sheet.workbook !== self {
            throw WriterError.unknownSheet(name: sheet.name, at: location)
        }
        let fullName = sheet.map { SheetName.quoted($0.name) + "!" + name } ?? name
        try check(workbook_define_name(workbook, fullName, "=" + body), call: "workbook_define_name", at: location)
        definedNameKeys.insert(key)
    }

    /// Defines a name for a range on a sheet of this workbook.
    public func defineName(_ name: String, refersTo range: SheetRange, localTo sheet: XLSXWorksheet? = nil) throws {
        guard sheetNames.contains(range.sheet) else {
            throw WriterError.unknownSheet(name: range.sheet, at: .init(path: path))
        }
        try defineName(name, refersTo: "=" + range.formula, localTo: sheet)
    }

    // MARK: Closing

    /// Writes the file and releases the handle. Runs once; later calls return the same outcome.
    ///
    /// Throws `.library` with libxlsxwriter's reason (e.g. `creatingFile` when the folder does
    /// not exist), `.fileNotWritten` when the library reports success but no valid file
    /// appeared, and `.fileSystem` when the finished file cannot be moved into place.
    public func close() throws(WriterError) {
        if let outcome { return try outcome.get() }
        guard let workbook = handle else { throw WriterError.workbookClosed(path: path) }
        handle = nil
        do {
            try finish(workbook)
            outcome = .success(())
        } catch {
            outcome = .failure(error)
            throw error
        }
    }

    /// Frees the workbook without writing anything (e.g. after an earlier error).
    /// Later `close()` calls throw `.workbookClosed`.
    public func discard() {
        guard let workbook = handle else { return }
        handle = nil
        lxw_workbook_free(workbook)
    }

    private func finish(_ workbook: UnsafeMutablePointer<lxw_workbook>) throws(WriterError) {
        let location = WriterError.Location(path: path)
        do {
            try applyPendingSettings(workbook)
        } catch {
            lxw_workbook_free(workbook)
            throw error
        }
        // workbook_close frees the workbook whatever it returns.
        // libxlsxwriter also prints `[ERROR]` lines; they go into the error's detail, not the terminal.
        // Locks always in this order (capture, then library), so nested captures cannot deadlock.
        let (code, printed) = StandardErrorCapture.run { Self.libraryLock.withLock { workbook_close(workbook) } }
        do {
            try check(code, call: "workbook_close", at: location, printed: printed)
        } catch {
            removeStaging()
            throw error
        }
        guard Self.isWrittenPackage(at: stagingPath) else {
            removeStaging()
            throw .fileNotWritten(path: path)
        }
        if rename(stagingPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            removeStaging()
            throw .fileSystem(operation: "rename", detail: reason, path: path)
        }
        guard Self.isWrittenPackage(at: path) else { throw .fileNotWritten(path: path) }
    }

    /// Properties, custom properties and sheet visibility are settled just before closing,
    /// so that `workbook_set_properties` runs exactly once and always with a fixed time.
    private func applyPendingSettings(_ workbook: UnsafeMutablePointer<lxw_workbook>) throws(WriterError) {
        let location = WriterError.Location(path: path)
        if !sheets.isEmpty, sheets.allSatisfy(\.hidden) {
            throw .invalidArgument(field: .sheetVisibility, problem: .allSheetsHidden, at: location)
        }
        // Excel opens on the active tab; a hidden active or first tab shows a hidden sheet.
        if sheets.indices.contains(activeSheet), sheets[activeSheet].hidden, let visible = sheets.first(where: { !$0.hidden }) {
            worksheet_activate(visible.pointer)
            activeSheet = visible.index
        }
        if sheets.indices.contains(firstSheet), sheets[firstSheet].hidden, let visible = sheets.first(where: { !$0.hidden }) {
            worksheet_set_first_sheet(visible.pointer)
            firstSheet = visible.index
        }

        let p = properties
        let code: lxw_error = withCStrings { s in
            var doc = lxw_doc_properties()
            doc.title = s.copyIfPresent(p.title)
            doc.subject = s.copyIfPresent(p.subject)
            doc.author = s.copyIfPresent(p.author)
            doc.manager = s.copyIfPresent(p.manager)
            doc.company = s.copyIfPresent(p.company)
            doc.category = s.copyIfPresent(p.category)
            doc.keywords = s.copyIfPresent(p.keywords)
            doc.comments = s.copyIfPresent(p.comments)
            doc.status = s.copyIfPresent(p.status)
            doc.created = time_t(p.created.timeIntervalSince1970.rounded(.down))
            return workbook_set_properties(workbook, &doc)
        }
        try check(code, call: "workbook_set_properties", at: location)
        for (name, value) in customProperties {
            switch value {
            case .text(let text):
                try check(workbook_set_custom_property_string(workbook, name, text), call: "workbook_set_custom_property_string", at: location)
            case .number(let number):
                try check(workbook_set_custom_property_number(workbook, name, number), call: "workbook_set_custom_property_number", at: location)
            case .boolean(let flag):
                try check(
                    workbook_set_custom_property_boolean(workbook, name, flag ? 1 : 0), call: "workbook_set_custom_property_boolean", at: location)
            case .date(let date):
                var utc = Self.utcDateTime(date)
                try check(workbook_set_custom_property_datetime(workbook, name, &utc), call: "workbook_set_custom_property_datetime", at: location)
            }
        }
    }

    private func removeStaging() {
        if FileManager.default.fileExists(atPath: stagingPath) {
            // Best effort: a leftover hidden `.partial` file is harmless and named for what it is.
            try? FileManager.default.removeItem(atPath: stagingPath)
        }
    }

    /// True when `path` holds a non-empty file starting with the ZIP local-header signature.
    static func isWrittenPackage(at path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = handle.readData(ofLength: 4)
        return head == Data([0x50, 0x4B, 0x03, 0x04])
    }

    // MARK: Internal plumbing for sheets, charts and styles

    /// Throws `.workbookClosed` once the workbook was closed or discarded.
    func requireOpen() throws(WriterError) {
        guard handle != nil else { throw .workbookClosed(path: path) }
    }

    /// The live handle, or `.workbookClosed`.
    func openHandle() throws(WriterError) -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else { throw WriterError.workbookClosed(path: path) }
        return handle
    }

    /// The libxlsxwriter format for `style` (nil = the default format), created once per
    /// distinct style. The workbook's default font fills in unset font fields.
    func format(for style: CellStyle?, at location: @autoclosure () -> WriterError.Location) throws -> UnsafeMutablePointer<lxw_format>? {
        let workbook = try openHandle()
        guard let style, !style.isPlain else { return nil }
        if let recent = recentFormats.last(where: { $0.style == style }) { return recent.format }
        let format: UnsafeMutablePointer<lxw_format>
        if let cached = formats[style] {
            format = cached
        } else {
            try StyleFormat.validate(style, at: location())
            guard let created = workbook_add_format(workbook) else {
                throw allocationFailure(call: "workbook_add_format", at: location())
            }
            StyleFormat.apply(style, defaultFont: options.defaultFont, to: created)
            formats[style] = created
            format = created
        }
        if recentFormats.count == 8 { recentFormats.removeFirst() }
        recentFormats.append((style, format))
        return format
    }

    private static func requireTimeT(_ date: Date, at location: WriterError.Location) throws {
        // time_t 0 means "now" to libxlsxwriter; Excel's dates stop at 9999.
        let seconds = date.timeIntervalSince1970
        guard seconds >= 1, seconds < 253_402_300_800 else {
            throw WriterError.invalidArgument(field: .createdDate, problem: .creationDateOutOfRange, at: location)
        }
    }

    private static func utcDateTime(_ date: Date) -> lxw_datetime {
        SheetDateTime(date, in: TimeZone(identifier: "UTC")!).lxw
    }

    private static func definedNameProblem(_ name: String) -> WriterError.ArgumentProblem? {
        guard let first = name.unicodeScalars.first else { return .emptyName }
        if name.unicodeScalars.contains(where: { $0.properties.isWhitespace }) { return .nameContainsWhitespace }
        let isLetter = first.properties.isAlphabetic || first == "_" || first == "\\"
        if !isLetter { return .nameStartsBadly }
        if CellAddress.parse(Substring(name)) != nil { return .nameLooksLikeCell(name) }
        let upper = name.uppercased()
        if upper == "R" || upper == "C" { return .nameReserved(name) }
        if name.contains("!") && !name.hasPrefix("'") { return .nameContainsExclamation }
        return nil
    }
}

/// A workbook belongs to one thread at a time (see the type's documentation).
@available(*, unavailable)
extension XLSXWorkbook: Sendable {}

/// Everything the wrapper tracks for one worksheet beside libxlsxwriter's own state.
final class SheetRecord {
    let pointer: UnsafeMutablePointer<lxw_worksheet>
    let name: String
    let index: Int
    /// Every merge of a sheet kept in memory (a streamed sheet keeps `openMerges` only).
    var merges: [RangeAddress] = []
    /// For each row, the merges that cover it, as linked lists in two flat arrays (a sheet of
    /// thousands of printed pages merges cells on hundreds of thousands of rows; comparing each
    /// merge with all earlier ones was quadratic, and a dictionary of arrays per row cost tens
    /// of MB): `firstOnRow[row]` is the newest entry of the row (−1: none); entry `e` names merge
    /// `entryMerge[e]` and the row's next entry `entryNext[e]`.
    private var firstOnRow: [Int32] = []
    private var entryMerge: [Int32] = []
    private var entryNext: [Int32] = []
    /// Indexes of merges taller than `indexedRows` rows, checked one by one instead.
    private var tallMerges: [Int] = []
    static let indexedRows = 256

    /// On a constant-memory sheet, the merges that reach the current row or below, in the order
    /// they were made: a new merge never starts above the current row, so no older merge can
    /// overlap it, and a sheet of a hundred thousand merges keeps only a few.
    private var openMerges: [RangeAddress] = []

    /// True when the sheet streams its rows (libxlsxwriter's `optimize`).
    var isStreamed: Bool { pointer.pointee.optimize != 0 }

    /// The first recorded merge that overlaps `range`, if any (in the order they were made).
    func mergeOverlapping(_ range: RangeAddress) -> RangeAddress? {
        if isStreamed { return openMerges.first { $0.overlaps(range) } }
        guard range.last.row - range.first.row < Self.indexedRows else {
            return merges.first { $0.overlaps(range) }
        }
        var candidates = tallMerges
        for row in range.first.row...range.last.row where row < firstOnRow.count {
            var e = firstOnRow[row]
            while e >= 0 {
                candidates.append(Int(entryMerge[Int(e)]))
                e = entryNext[Int(e)]
            }
        }
        return candidates.sorted().first { merges[$0].overlaps(range) }.map { merges[$0] }
    }

    /// Records a merge.
    func recordMerge(_ range: RangeAddress) {
        if isStreamed, let current = pointer.pointee.optimize_row?.pointee.row_num {
            openMerges.removeAll { $0.last.row < Int(current) }
            openMerges.append(range)
            return
        }
        merges.append(range)
        let index = merges.count - 1
        guard range.last.row - range.first.row < Self.indexedRows else {
            tallMerges.append(index)
            return
        }
        if firstOnRow.count <= range.last.row {
            firstOnRow.append(contentsOf: repeatElement(-1, count: range.last.row + 1 - firstOnRow.count))
        }
        for row in range.first.row...range.last.row {
            entryMerge.append(Int32(index))
            entryNext.append(firstOnRow[row])
            firstOnRow[row] = Int32(entryMerge.count - 1)
        }
    }
    var validationCount = 0
    var hidden = false
    var screenGridlines = true
    var printGridlines = false

    init(pointer: UnsafeMutablePointer<lxw_worksheet>, name: String, index: Int) {
        self.pointer = pointer
        self.name = name
        self.index = index
    }
}

/// What the wrapper tracks for one chart (libxlsxwriter frees the chart with the workbook).
final class ChartRecord {
    let pointer: UnsafeMutablePointer<lxw_chart>
    let kind: XLSXChart.Kind
    var inserted = false
    var seriesCount = 0
    var fontName: String?

    init(pointer: UnsafeMutablePointer<lxw_chart>, kind: XLSXChart.Kind) {
        self.pointer = pointer
        self.kind = kind
    }
}
