import Foundation
import Testing
@testable import OOXMLReader

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Values read from the file never trap: each one that used to (or that passed Excel's limits
/// unnoticed) is now a `ReaderError` naming the file, sheet and position.
@Suite("Trap-free reading: values out of range are errors, never crashes")
struct TrapFreeTests {
    private func firstError(_ sheetXML: String) throws -> ReaderError? {
        let url = try Package.temp(Package.simple(sheetXML: sheetXML))
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            _ = try Fixtures.inspect(url)
            return nil
        } catch let error as ReaderError {
            return error
        }
    }

    private func limitsPosition(_ sheetXML: String) throws -> String? {
        guard case .outOfSheetLimits(_, let sheet, let position)? = try firstError(sheetXML) else { return nil }
        #expect(sheet == "S")
        return position
    }

    @Test("a row r of Int64.max, then a row without r: an error at the first row, no overflow")
    func rowIndexMax() throws {
        let position = try limitsPosition("""
        <sheetData><row r="9223372036854775807"><c><v>1</v></c></row><row><c><v>2</v></c></row></sheetData>
        """)
        #expect(position == "行番号「9223372036854775807」")
    }

    @Test("row r past 1,048,576, in range of Int or not")
    func rowPastLimit() throws {
        #expect(try limitsPosition(#"<sheetData><row r="1048577"><c><v>1</v></c></row></sheetData>"#) == "行番号「1048577」")
        #expect(try limitsPosition(#"<sheetData><row r="99999999999999999999999"/></sheetData>"#) == "行番号「99999999999999999999999」")
    }

    @Test("rows without r that run past row 1,048,576 stop there")
    func implicitRowsPastLimit() throws {
        let position = try limitsPosition(#"<sheetData><row r="1048575"/><row/><row><c><v>1</v></c></row></sheetData>"#)
        #expect(position == "1048577行目（番地の書かれていない行が続いた位置）")
    }

    @Test("the last row and the last column are still read")
    func lastCellAccepted() throws {
        let url = try Package.temp(Package.simple(sheetXML: """
        <sheetData><row r="1048575"/><row><c r="XFC1048576"><v>1</v></c><c><v>2</v></c></row></sheetData>
        """))
        defer { try? FileManager.default.removeItem(at: url) }
        let got = try Fixtures.inspect(url)
        #expect(got == [#"{"sheet": "S", "cell": "XFC1048576", "type": "number", "value": 1}"#,
                        #"{"sheet": "S", "cell": "XFD1048576", "type": "number", "value": 2}"#])
    }

    @Test("cell r past XFD, huge letters or digits, and cells without r running past XFD")
    func cellPastLimit() throws {
        #expect(try limitsPosition(#"<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>"#) == "セル番地「XFE1」")
        #expect(try limitsPosition(#"<sheetData><row r="1"><c r="A1048577"><v>1</v></c></row></sheetData>"#) == "セル番地「A1048577」")
        let letters = String(repeating: "A", count: 40) + "1"
        #expect(try limitsPosition(#"<sheetData><row r="1"><c r="\#(letters)"><v>1</v></c></row></sheetData>"#)
            == "セル番地「\(String(letters.prefix(32)))…」")
        #expect(try limitsPosition(#"<sheetData><row r="2"><c r="XFD2"><v>1</v></c><c><v>2</v></c></row></sheetData>"#)
            == "2行目の16385列目（番地の書かれていないセルが続いた位置）")
    }

    @Test("A1 parsing tells out-of-limits references apart from text that is none")
    func cellReferenceParse() {
        #expect(CellReference.parse("XFD1048576") == .valid(CellReference(row: 1_048_576, column: 16_384)))
        #expect(CellReference.parse("$b$3") == .valid(CellReference(row: 3, column: 2)))
        #expect(CellReference.parse("XFE1") == .outOfLimits)
        #expect(CellReference.parse("A1048577") == .outOfLimits)
        #expect(CellReference.parse(String(repeating: "Z", count: 200) + "1") == .outOfLimits)
        #expect(CellReference.parse("A" + String(repeating: "9", count: 200)) == .outOfLimits)
        #expect(CellReference.parse("1A") == .invalid)
        #expect(CellReference.parse("A0") == .invalid)
        #expect(CellReference.parse("A1B") == .invalid)
        #expect(CellReference("XFE1") == nil)
        #expect(CellRange("A1:XFE2") == nil)
    }

    @Test("a t=\"d\" year past 9999 (or too long for Int) is an error naming the cell")
    func dateYearOutOfRange() throws {
        let error = try firstError(#"<sheetData><row r="1"><c r="B1" t="d"><v>99999999999999999-01-01</v></c></row></sheetData>"#)
        #expect(error == .dateOutOfRange(file: error?.file ?? "", sheet: "S", cell: "B1", text: "99999999999999999-01-01"))
        #expect(ExcelDateTime.readISO("10000-01-01") == .outOfRange)
        #expect(ExcelDateTime.readISO("99999999999999999999999999-01-01") == .outOfRange)
        #expect(ExcelDateTime.readISO("0000-01-01T10:00:00") == .outOfRange)
        #expect(ExcelDateTime.readISO("9999-12-31") == .date(ExcelDateTime(year: 9999, month: 12, day: 31)))
        #expect(ExcelDateTime.readISO("abc-01-01") == .notADate)
        #expect(ExcelDateTime.parseISO("99999999999999999-01-01") == nil)
    }

    @Test("damaged ZIP64 fields near 2^63 are broken archives", arguments: [
        "trap_zip64_cd_offset_max.xlsx", "trap_zip64_locator_offset_max.xlsx", "trap_zip64_entry_offset_max.xlsx",
        "trap_zip64_entry_size_max.xlsx", "trap_zip64_extra_overrun.xlsx",
    ])
    func zip64Overflow(_ name: String) throws {
        // Read from memory too: both byte sources go through the same checks.
        let data = try Data(contentsOf: Fixtures.url("bad/" + name))
        for open in [{ try Workbook(url: Fixtures.url("bad/" + name)) }, { try Workbook(data: data, displayName: name) }] {
            do {
                let wb = try open()
                for sheet in wb.worksheets { try wb.forEachRow(in: sheet) { _ in } }
                Issue.record("\(name) was read without an error")
            } catch let error as ReaderError {
                guard case .brokenArchive(let file, _) = error else {
                    Issue.record("\(name): \(error)")
                    continue
                }
                #expect(file == name)
            }
        }
    }

    @Test("a workbook read from memory gives the same cells as from its file", arguments: ["good/hand_types.xlsx", "good/hand_zip64.xlsx"])
    func inMemory(_ relative: String) throws {
        let url = Fixtures.url(relative)
        let wb = try Workbook(data: Data(contentsOf: url), displayName: url.lastPathComponent)
        var lines: [String] = []
        try InspectFormatter.dump(wb) { lines.append(String($0.dropLast())) }
        #expect(lines == (try Fixtures.inspect(url)))
        #expect(!lines.isEmpty)
    }

    @Test("empty and non-ZIP bytes in memory get the same errors as files")
    func inMemoryBad() {
        #expect(throws: ReaderError.emptyFile(file: "m")) { _ = try Workbook(data: Data(), displayName: "m") }
        #expect(throws: ReaderError.notXLSX(file: "m")) { _ = try Workbook(data: Data("氏名,点数".utf8), displayName: "m") }
    }
}

@Suite("Files that are not regular files")
struct NonRegularFileTests {
    @Test("a named pipe (FIFO) is refused at once, never waited on")
    func fifo() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("提出.xlsx").path
        #expect(mkfifo(path, 0o600) == 0)

        final class Outcome: @unchecked Sendable {
            var error: Error?
            var returned = false
        }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            do { _ = try Workbook(url: URL(fileURLWithPath: path), displayName: "提出.xlsx") } catch { outcome.error = error }
            outcome.returned = true
            done.signal()
        }
        if done.wait(timeout: .now() + 5) == .timedOut {
            // Unblock the reader stuck in open() so the test run can go on, then fail.
            let writer = open(path, O_WRONLY | O_NONBLOCK)
            if writer >= 0 { close(writer) }
            _ = done.wait(timeout: .now() + 5)
            Issue.record("opening a FIFO blocked for 5 s")
            return
        }
        guard case .unreadableFile(let file, let reason, _)? = outcome.error as? ReaderError else {
            Issue.record("expected unreadableFile, got \(String(describing: outcome.error))")
            return
        }
        #expect(file == "提出.xlsx")
        #expect(reason == "名前付きパイプや装置ファイルなど、通常のファイルではありません")
    }

    @Test("a character device is refused too")
    func device() {
        #expect {
            _ = try Workbook(url: URL(fileURLWithPath: "/dev/zero"), displayName: "zero.xlsx")
        } throws: { error in
            guard case .unreadableFile(_, let reason, _) = error as? ReaderError else { return false }
            return reason == "名前付きパイプや装置ファイルなど、通常のファイルではありません"
        }
    }
}

@Suite("Messages carry no English library text")
struct MessageLanguageTests {
    @Test("libxml2's text is in detail, not in the message")
    func malformedXML() throws {
        var parts = Package.simple(sheetXML: "")
        parts[parts.count - 1] = ("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row><c><v>1</v></row></sheetData></worksheet>")
        let url = try Package.temp(parts)
        defer { try? FileManager.default.removeItem(at: url) }
        let wb = try Workbook(url: url, displayName: "評価.xlsx")
        do {
            try wb.forEachRow(in: wb.worksheets[0]) { _ in }
            Issue.record("expected malformedXML")
        } catch let error as ReaderError {
            guard case .malformedXML(_, _, _, let detail) = error else { Issue.record("\(error)"); return }
            #expect(detail.contains("mismatch"), "libxml2's own text is kept: \(detail)")
            #expect(error.detail == detail)
            #expect(!error.message.contains(detail))
            #expect(Self.englishWords(in: error.message, ignoring: ["評価.xlsx", "xl/worksheets/sheet1.xml"]).isEmpty, "\(error.message)")
        }
    }

    @Test("errno: the common causes in Japanese, the system's text in detail",
          arguments: [(EACCES, "読み取り権限がありません"), (ENOENT, "ファイルが見つかりません"), (EIO, "ディスクの読み取りでエラーが起きました"),
                      (EMFILE, "同時に開いているファイルが多すぎます"), (EPROTO, "ファイルを開けません")])
    func errnoMapping(code: Int32, reason: String) {
        let error = ByteSource.systemError(code, file: "a.xlsx", opening: true)
        #expect(error == .unreadableFile(file: "a.xlsx", reason: reason, detail: "errno \(code): \(String(cString: strerror(code)))"))
        #expect(!error.message.contains(String(cString: strerror(code))))
        #expect(Self.englishWords(in: error.message, ignoring: ["a.xlsx"]).isEmpty, "\(error.message)")
    }

    @Test("a missing file says so in Japanese, errno text in detail")
    func missingFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString).xlsx")
        #expect {
            _ = try Workbook(url: url, displayName: "m.xlsx")
        } throws: { error in
            guard let e = error as? ReaderError, case .unreadableFile("m.xlsx", "ファイルが見つかりません", let detail?) = e else { return false }
            return detail.hasPrefix("errno \(ENOENT):") && !e.message.contains(detail)
        }
    }

    /// Runs of ASCII letters in `message` other than the product words every message may use.
    static func englishWords(in message: String, ignoring names: [String]) -> [String] {
        var text = message
        for n in names { text = text.replacingOccurrences(of: n, with: "") }
        let allowed: Set<String> = ["Excel", "xlsx", "xls", "XML", "ZIP", "MiB", "DOCTYPE", "XFD"]
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, CharacterSet.letters.contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else {
                if !current.isEmpty, !allowed.contains(current) { words.append(current) }
                current = ""
            }
        }
        if !current.isEmpty, !allowed.contains(current) { words.append(current) }
        return words
    }
}
