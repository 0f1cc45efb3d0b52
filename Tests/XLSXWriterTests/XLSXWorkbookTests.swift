import Foundation
import OOXMLReader
import Testing

@testable import XLSXWriter

@Suite("XLSXWorkbook: life cycle, properties, names, determinism")
struct XLSXWorkbookTests {
    // MARK: Closing

    @Test("close writes a ZIP package at the path and leaves no staging file")
    func closeWritesFile() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("出力.xlsx")
        let wb = try XLSXWorkbook(path: path)
        try wb.addWorksheet(name: "名簿").write("こんにちは", at: CellAddress(row: 0, column: 0))
        #expect(!FileManager.default.fileExists(atPath: path), "nothing is written before close")
        try wb.close()
        #expect(wb.isClosed)
        #expect(XLSXWorkbook.isWrittenPackage(at: path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["出力.xlsx"])
        #expect(try ReadBack.cells(path, sheet: "名簿") == ["A1": .string("こんにちは")])
    }

    @Test("closing twice is safe: the second call returns the first outcome and does not rewrite")
    func closeTwiceIsSafe() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("twice.xlsx")
        let wb = try XLSXWorkbook(path: path)
        _ = try wb.addWorksheet(name: "Sheet1")
        try wb.close()
        let first = try Data(contentsOf: URL(fileURLWithPath: path))
        try FileManager.default.removeItem(atPath: path)
        try wb.close()
        #expect(!FileManager.default.fileExists(atPath: path), "the second close must not write again")
        #expect(!first.isEmpty)
    }

    @Test("closing into a missing directory throws creatingFile with libxlsxwriter's text, twice the same")
    func closeIntoMissingDirectory() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("ない/フォルダ/out.xlsx")
        let wb = try XLSXWorkbook(path: path)
        try wb.addWorksheet(name: "Sheet1").write(1, at: CellAddress(row: 0, column: 0))
        var first: WriterError?
        do { try wb.close() } catch { first = error }
        let expected = try #require(first)
        guard case .library(let call, let failure, let detail, let at) = expected else {
            Issue.record("unexpected \(expected)")
            return
        }
        #expect(call == "workbook_close")
        #expect(failure == .creatingFile)
        #expect(at == .init(path: path))
        // lxw_strerror's text, then the `[ERROR]` line libxlsxwriter printed (captured, not shown).
        #expect(detail.hasPrefix("Error creating output xlsx file. Usually a permissions error."))
        #expect(detail.contains("[ERROR] workbook_close()"))
        #expect(throws: expected) { try wb.close() }
        #expect(expected.description.hasPrefix("workbook_close failed: creatingFile — Error creating output xlsx file."))
        #expect(expected.description.contains(path))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("a failed close keeps the previous file at the path untouched")
    func failedCloseKeepsOldFile() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        // A directory where the file should go: libxlsxwriter writes the staging file fine,
        // moving it into place fails.
        let path = scratch.path("report.xlsx")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        try Data("keep".utf8).write(to: URL(fileURLWithPath: path + "/inside.txt"))
        let wb = try XLSXWorkbook(path: path)
        _ = try wb.addWorksheet(name: "Sheet1")
        do {
            try wb.close()
            Issue.record("close should fail")
        } catch {
            guard case .fileSystem(let operation, _, let errorPath) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(operation == "rename")
            #expect(errorPath == path)
        }
        #expect(try String(contentsOfFile: path + "/inside.txt", encoding: .utf8) == "keep")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["report.xlsx"], "no staging file left")
    }

    @Test("the written-file check rejects a missing, empty or non-ZIP file")
    func writtenFileCheck() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        #expect(!XLSXWorkbook.isWrittenPackage(at: scratch.path("missing.xlsx")))
        try Data().write(to: URL(fileURLWithPath: scratch.path("empty.xlsx")))
        #expect(!XLSXWorkbook.isWrittenPackage(at: scratch.path("empty.xlsx")))
        try Data("<html>".utf8).write(to: URL(fileURLWithPath: scratch.path("html.xlsx")))
        #expect(!XLSXWorkbook.isWrittenPackage(at: scratch.path("html.xlsx")))
        try Data([0x50, 0x4B, 0x03, 0x04, 0]).write(to: URL(fileURLWithPath: scratch.path("zip.xlsx")))
        #expect(XLSXWorkbook.isWrittenPackage(at: scratch.path("zip.xlsx")))
    }

    @Test("discard and dropping an unclosed workbook write nothing; later use throws workbookClosed")
    func discardWritesNothing() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("discarded.xlsx")
        let wb = try XLSXWorkbook(path: path)
        let sheet = try wb.addWorksheet(name: "データ")
        try sheet.write("x", at: CellAddress(row: 0, column: 0))
        try sheet.mergeRange(try RangeAddress("A2:B3"), value: .text("結合"))
        let chart = try wb.addChart(.column)
        try chart.addSeries(ChartSeries(values: sheet.range(try RangeAddress("A1:A1"))))
        wb.discard()
        wb.discard()
        #expect(throws: WriterError.workbookClosed(path: path)) { try wb.close() }
        #expect(throws: WriterError.workbookClosed(path: path)) { try sheet.write("y", at: CellAddress(row: 0, column: 0)) }
        #expect(throws: WriterError.workbookClosed(path: path)) { _ = try wb.addWorksheet(name: "次") }
        #expect(throws: WriterError.workbookClosed(path: path)) { try chart.setTitle("t") }

        do {
            let dropped = try XLSXWorkbook(path: scratch.path("dropped.xlsx"))
            let s = try dropped.addWorksheet(name: "S")
            try s.write(1.5, at: CellAddress(row: 3, column: 3), style: CellStyle(bold: true))
            try s.writeNote("メモ", at: CellAddress(row: 0, column: 0))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).isEmpty)
    }

    @Test("a sheet used after close throws workbookClosed")
    func sheetAfterClose() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("a.xlsx")
        let wb = try XLSXWorkbook(path: path)
        let sheet = try wb.addWorksheet(name: "S")
        try wb.close()
        #expect(throws: WriterError.workbookClosed(path: path)) { try sheet.write(1, at: CellAddress(row: 0, column: 0)) }
        #expect(throws: WriterError.workbookClosed(path: path)) { try sheet.setLandscape() }
        #expect(throws: WriterError.workbookClosed(path: path)) { try wb.setCustomProperty("a", .number(1)) }
    }

    @Test("a missing temporary directory is refused at creation; an existing one works")
    func temporaryDirectory() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let missing = scratch.path("no-tmp")
        #expect(
            throws: WriterError.invalidArgument(
                field: .temporaryDirectory, problem: .missingTemporaryDirectory(missing), at: .init(path: scratch.path("a.xlsx")))
        ) {
            _ = try XLSXWorkbook(path: scratch.path("a.xlsx"), options: WorkbookOptions(temporaryDirectory: missing))
        }
        let tmp = scratch.path("tmp")
        try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: false)
        let wb = try XLSXWorkbook(path: scratch.path("b.xlsx"), options: WorkbookOptions(temporaryDirectory: tmp, useZip64: true))
        try wb.addWorksheet(name: "S").write("z", at: CellAddress(row: 0, column: 0))
        try wb.close()
        #expect(try ReadBack.cells(scratch.path("b.xlsx"), sheet: "S") == ["A1": .string("z")])
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp).isEmpty, "libxlsxwriter's temp files are unlinked")
    }

    // MARK: Determinism

    @Test("the same calls give byte-identical files; zip entries carry 1980-01-01 and no clock time")
    func reproducibleBytes() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let first = scratch.path("run1.xlsx")
        let second = scratch.path("run2.xlsx")
        try EveryFeatureWorkbook.write(to: first)
        Thread.sleep(forTimeInterval: 1.1)  // a clock-based timestamp would now differ
        try EveryFeatureWorkbook.write(to: second)
        let a = try Data(contentsOf: URL(fileURLWithPath: first))
        let b = try Data(contentsOf: URL(fileURLWithPath: second))
        #expect(a == b)

        let times = try Python.run(
            "import sys, zipfile; print(sorted(set(str(i.date_time) for i in zipfile.ZipFile(sys.argv[1]).infolist())))", [first])
        #expect(times.trimmingCharacters(in: .whitespacesAndNewlines) == "['(1980, 1, 1, 0, 0, 0)']")
    }

    @Test("without setProperties the fixed 2000-01-01 date is written to created and modified")
    func defaultCreatedIsFixed() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("plain.xlsx")
        let wb = try XLSXWorkbook(path: path)
        _ = try wb.addWorksheet(name: "S")
        try wb.close()
        let core = try #require(try Python.part("docProps/core.xml", in: path))
        #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z</dcterms:created>"))
        #expect(core.contains("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z</dcterms:modified>"))
    }

    @Test("a different created date changes only docProps/core.xml")
    func createdDateOnlyInCore() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        func write(_ path: String, created: Date) throws {
            let wb = try XLSXWorkbook(path: path)
            try wb.addWorksheet(name: "S").write("x", at: CellAddress(row: 0, column: 0))
            try wb.setProperties(WorkbookProperties(title: "t", created: created))
            try wb.close()
        }
        try write(scratch.path("a.xlsx"), created: Date(timeIntervalSince1970: 1_700_000_000))
        try write(scratch.path("b.xlsx"), created: Date(timeIntervalSince1970: 1_800_000_000))
        let script = """
            import sys, zipfile
            a, b = zipfile.ZipFile(sys.argv[1]), zipfile.ZipFile(sys.argv[2])
            print(",".join(n for n in a.namelist() if a.read(n) != b.read(n)))
            """
        #expect(
            try Python.run(script, [scratch.path("a.xlsx"), scratch.path("b.xlsx")]).trimmingCharacters(in: .whitespacesAndNewlines)
                == "docProps/core.xml")
    }

    @Test("creation dates libxlsxwriter would replace by 'now' are refused")
    func createdDateRange() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let wb = try XLSXWorkbook(path: scratch.path("a.xlsx"))
        #expect(throws: WriterError.self) { try wb.setProperties(WorkbookProperties(created: Date(timeIntervalSince1970: 0))) }
        #expect(throws: WriterError.self) { try wb.setCustomProperty("日付", .date(Date(timeIntervalSince1970: -10))) }
    }

    // MARK: Properties and names

    @Test("custom properties: 255-character limit, replacement by name, all four kinds")
    func customProperties() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("custom.xlsx")
        let wb = try XLSXWorkbook(path: path)
        _ = try wb.addWorksheet(name: "S")
        let long = String(repeating: "値", count: 256)
        #expect(throws: WriterError.textTooLong(field: .customPropertyValue, length: 256, limit: 255, unit: .characters, at: .init(path: path))) {
            try wb.setCustomProperty("長い", .text(long))
        }
        #expect(throws: WriterError.textTooLong(field: .customPropertyName, length: 256, limit: 255, unit: .characters, at: .init(path: path))) {
            try wb.setCustomProperty(long, .text("x"))
        }
        try wb.setCustomProperty("担当", .text("一郎"))
        try wb.setCustomProperty("担当", .text(String(repeating: "値", count: 255)))
        try wb.setCustomProperty("点", .number(12.5))
        try wb.setCustomProperty("可", .boolean(false))
        try wb.close()
        let json = try Python.json(
            """
            import sys, json, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            print(json.dumps({"names": [p.name for p in wb.custom_doc_props.props], "values": {p.name: p.value for p in wb.custom_doc_props.props}}, ensure_ascii=False))
            """, [path])
        #expect(json["names"] as? [String] == ["担当", "点", "可"])
        #expect(json["values", "担当"] as? String == String(repeating: "値", count: 255))
        #expect(json["values", "点"] as? Double == 12.5)
        #expect(json["values", "可"] as? Bool == false)
    }

    @Test("defined names: 127-byte buffers, Excel's naming rules, duplicates, sheet-local names")
    func definedNames() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("names.xlsx")
        let wb = try XLSXWorkbook(path: path)
        let sheet = try wb.addWorksheet(name: "名簿 一覧")
        // 43 kanji = 129 UTF-8 bytes: libxlsxwriter would cut it mid-character.
        let longName = String(repeating: "名", count: 43)
        #expect(throws: WriterError.textTooLong(field: .definedName, length: 129, limit: 127, unit: .utf8Bytes, at: .init(path: path))) {
            try wb.defineName(longName, refersTo: "=1")
        }
        let longFormula = "='名簿 一覧'!$A$1+" + String(repeating: "1+", count: 60) + "1"
        #expect(throws: WriterError.self) { try wb.defineName("長い式", refersTo: longFormula) }
        #expect(throws: WriterError.self) { try wb.defineName("A1", refersTo: "=1") }
        #expect(throws: WriterError.self) { try wb.defineName("空白 あり", refersTo: "=1") }
        #expect(throws: WriterError.self) { try wb.defineName("1番", refersTo: "=1") }
        try wb.defineName(String(repeating: "名", count: 42), refersTo: "=1")
        try wb.defineName("基準日", refersTo: "=DATE(2025,4,1)")
        #expect(throws: WriterError.invalidArgument(field: .definedName, problem: .nameAlreadyDefined("基準日"), at: .init(path: path))) {
            try wb.defineName("基準日", refersTo: "=1")
        }
        try wb.defineName("基準日", refersTo: "=2", localTo: sheet)
        try wb.defineName("範囲", refersTo: sheet.range(try RangeAddress("A1:B3")))
        #expect(throws: WriterError.unknownSheet(name: "ない", at: .init(path: path))) {
            try wb.defineName("x", refersTo: SheetRange(sheet: "ない", range: try RangeAddress("A1")))
        }
        try wb.close()
        let workbookXML = try #require(try Python.part("xl/workbook.xml", in: path))
        #expect(workbookXML.contains("<definedName name=\"\(String(repeating: "名", count: 42))\">1</definedName>"))
        #expect(workbookXML.contains("<definedName name=\"基準日\">DATE(2025,4,1)</definedName>"))
        #expect(workbookXML.contains("<definedName name=\"基準日\" localSheetId=\"0\">2</definedName>"))
        #expect(workbookXML.contains("<definedName name=\"範囲\">'名簿 一覧'!$A$1:$B$3</definedName>"))
    }

    // MARK: Fonts

    @Test("the default font becomes the Normal style; without it libxlsxwriter keeps Calibri")
    func defaultFont() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let japanese = scratch.path("ja.xlsx")
        let wb = try XLSXWorkbook(path: japanese, options: WorkbookOptions(defaultFont: WorkbookFont(name: "ＭＳ Ｐゴシック", size: 10)))
        let sheet = try wb.addWorksheet(name: "S")
        try sheet.write("標準", at: CellAddress(row: 0, column: 0))
        try sheet.write("太字", at: CellAddress(row: 1, column: 0), style: CellStyle(bold: true))
        try sheet.write("明朝", at: CellAddress(row: 2, column: 0), style: CellStyle(fontName: "ＭＳ 明朝"))
        try sheet.writeURL("https://example.jp", at: CellAddress(row: 3, column: 0))
        try wb.close()
        let styles = try #require(try Python.part("xl/styles.xml", in: japanese))
        #expect(styles.contains("<fonts count=\"4\"><font><sz val=\"10\"/><color theme=\"1\"/><name val=\"ＭＳ Ｐゴシック\"/>"))
        #expect(!styles.contains("Calibri"))
        let fonts = try Python.json(
            """
            import sys, json, openpyxl
            ws = openpyxl.load_workbook(sys.argv[1])["S"]
            print(json.dumps({c: [ws[c].font.name, ws[c].font.sz] for c in ["A1", "A2", "A3", "A4"]}, ensure_ascii=False))
            """, [japanese])
        #expect((fonts["A1"] as? [Any])?.first as? String == "ＭＳ Ｐゴシック")
        #expect((fonts["A1"] as? [Any])?.last as? Double == 10)
        #expect((fonts["A2"] as? [Any])?.first as? String == "ＭＳ Ｐゴシック")
        #expect((fonts["A3"] as? [Any])?.first as? String == "ＭＳ 明朝")
        #expect((fonts["A4"] as? [Any])?.first as? String == "ＭＳ Ｐゴシック")

        let plain = scratch.path("plain.xlsx")
        let other = try XLSXWorkbook(path: plain)
        try other.addWorksheet(name: "S").write("x", at: CellAddress(row: 0, column: 0))
        try other.close()
        #expect(try #require(try Python.part("xl/styles.xml", in: plain)).contains("<name val=\"Calibri\"/>"))
    }

    @Test("equal styles share one format")
    func stylesAreShared() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("s.xlsx")
        let wb = try XLSXWorkbook(path: path)
        let sheet = try wb.addWorksheet(name: "S")
        for row in 0..<50 {
            try sheet.write(Double(row), at: CellAddress(row: row, column: 0), style: CellStyle(bold: true, numberFormat: "#,##0"))
            try sheet.write(Double(row), at: CellAddress(row: row, column: 1), style: CellStyle(italic: true))
        }
        try wb.close()
        let styles = try #require(try Python.part("xl/styles.xml", in: path))
        #expect(styles.contains("<cellXfs count=\"3\">"))
    }

    @Test("a bad default font is refused when the workbook is created")
    func badDefaultFont() throws {
        let path = "/tmp/never-written.xlsx"
        #expect(throws: WriterError.textTooLong(field: .fontName, length: 150, limit: 127, unit: .utf8Bytes, at: .init(path: path))) {
            _ = try XLSXWorkbook(path: path, options: WorkbookOptions(defaultFont: WorkbookFont(name: String(repeating: "字", count: 50))))
        }
        #expect(throws: WriterError.self) {
            _ = try XLSXWorkbook(path: path, options: WorkbookOptions(defaultFont: WorkbookFont(name: "游ゴシック", size: 0)))
        }
    }

    // MARK: Threads

    @Test("workbooks written on different threads at once are all complete and correct")
    func concurrentWorkbooks() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let count = 12
        let failures = ErrorBox()
        DispatchQueue.concurrentPerform(iterations: count) { i in
            do {
                let wb = try XLSXWorkbook(path: scratch.path("t\(i).xlsx"))
                let sheet = try wb.addWorksheet(name: "スレッド\(i)")
                for row in 0..<200 {
                    try sheet.write("行\(row)", at: CellAddress(row: row, column: 0))
                    try sheet.write(Double(i * 1000 + row), at: CellAddress(row: row, column: 1))
                }
                try wb.setProperties(WorkbookProperties(created: Date(timeIntervalSince1970: Double(1_600_000_000 + i * 86_400))))
                try wb.close()
            } catch {
                failures.add("\(i): \(error)")
            }
        }
        #expect(failures.items.isEmpty)
        for i in 0..<count {
            let path = scratch.path("t\(i).xlsx")
            let cells = try ReadBack.cells(path, sheet: "スレッド\(i)")
            #expect(cells.count == 400)
            #expect(cells["B200"] == .number(Double(i * 1000 + 199)))
            let created = try Workbook(url: URL(fileURLWithPath: path)).properties.created
            let expected = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: Double(1_600_000_000 + i * 86_400)))
            #expect(created == expected)
        }
    }
}

/// Collects errors from concurrent work.
final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String] = []
    func add(_ item: String) {
        lock.lock()
        storage.append(item)
        lock.unlock()
    }
    var items: [String] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
