import Foundation
import TestSupport
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

    private func limitsPosition(_ sheetXML: String) throws -> ReaderError.SheetPosition? {
        guard case .outOfSheetLimits(_, let sheet, let position)? = try firstError(sheetXML) else { return nil }
        #expect(sheet == "S")
        return position
    }

    @Test("a row r of Int64.max, then a row without r: an error at the first row, no overflow")
    func rowIndexMax() throws {
        let position = try limitsPosition(
            """
            <sheetData><row r="9223372036854775807"><c><v>1</v></c></row><row><c><v>2</v></c></row></sheetData>
            """)
        #expect(position == .rowNumber("9223372036854775807"))
    }

    @Test("row r past 1,048,576, in range of Int or not")
    func rowPastLimit() throws {
        #expect(try limitsPosition(#"<sheetData><row r="1048577"><c><v>1</v></c></row></sheetData>"#) == .rowNumber("1048577"))
        #expect(try limitsPosition(#"<sheetData><row r="99999999999999999999999"/></sheetData>"#) == .rowNumber("99999999999999999999999"))
    }

    @Test("rows without r that run past row 1,048,576 stop there")
    func implicitRowsPastLimit() throws {
        let position = try limitsPosition(#"<sheetData><row r="1048575"/><row/><row><c><v>1</v></c></row></sheetData>"#)
        #expect(position == .implicitRow(1_048_577))
    }

    @Test("the last row and the last column are still read")
    func lastCellAccepted() throws {
        let url = try Package.temp(
            Package.simple(
                sheetXML: """
                    <sheetData><row r="1048575"/><row><c r="XFC1048576"><v>1</v></c><c><v>2</v></c></row></sheetData>
                    """))
        defer { try? FileManager.default.removeItem(at: url) }
        let got = try Fixtures.inspect(url)
        #expect(
            got == [
                #"{"sheet": "S", "cell": "XFC1048576", "type": "number", "value": 1}"#,
                #"{"sheet": "S", "cell": "XFD1048576", "type": "number", "value": 2}"#,
            ])
    }

    @Test("cell r past XFD, huge letters or digits, and cells without r running past XFD")
    func cellPastLimit() throws {
        #expect(try limitsPosition(#"<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>"#) == .cellReference("XFE1"))
        #expect(try limitsPosition(#"<sheetData><row r="1"><c r="A1048577"><v>1</v></c></row></sheetData>"#) == .cellReference("A1048577"))
        let letters = String(repeating: "A", count: 40) + "1"
        #expect(
            try limitsPosition(#"<sheetData><row r="1"><c r="\#(letters)"><v>1</v></c></row></sheetData>"#)
                == .cellReference("\(String(letters.prefix(32)))…"))
        #expect(
            try limitsPosition(#"<sheetData><row r="2"><c r="XFD2"><v>1</v></c><c><v>2</v></c></row></sheetData>"#)
                == .implicitCell(row: 2, column: 16_385))
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

    @Test(
        "damaged ZIP64 fields near 2^63 are broken archives",
        arguments: [
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
        let scratch = try ScratchFolder("fifo")
        defer { scratch.remove() }
        let dir = scratch.url
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
        guard case .unreadableFile(let file, let code, .opening, let detail)? = outcome.error as? ReaderError else {
            Issue.record("expected unreadableFile, got \(String(describing: outcome.error))")
            return
        }
        #expect(file == "提出.xlsx")
        #expect(code == nil, "not a regular file: no errno")
        #expect(detail?.hasPrefix("st_mode 0o") == true)
    }

    @Test("a character device is refused too")
    func device() {
        #expect {
            _ = try Workbook(url: URL(fileURLWithPath: "/dev/zero"), displayName: "zero.xlsx")
        } throws: { error in
            guard case .unreadableFile(_, let code, .opening, _) = error as? ReaderError else { return false }
            return code == nil
        }
    }
}

@Suite("Errors are structured, their descriptions English")
struct ReaderErrorDescriptionTests {
    @Test("libxml2's text is in detail and in the description")
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
            guard case .malformedXML(let file, let part, let line, let detail) = error else { Issue.record("\(error)"); return }
            #expect(file == "評価.xlsx" && part == "xl/worksheets/sheet1.xml" && line > 0)
            #expect(detail.contains("mismatch"), "libxml2's own text is kept: \(detail)")
            #expect(error.detail == detail)
            #expect(error.description == "\"評価.xlsx\", part xl/worksheets/sheet1.xml, line \(line): malformed XML: \(detail)")
        }
    }

    @Test(
        "errno: the code and the operation are kept, the system's text is in detail",
        arguments: [EACCES, ENOENT, EIO, EMFILE, EPROTO])
    func errno(code: Int32) {
        let technical = "errno \(code): \(String(cString: strerror(code)))"
        let opening = ByteSource.systemError(code, file: "a.xlsx", opening: true)
        #expect(opening == .unreadableFile(file: "a.xlsx", code: code, operation: .opening, detail: technical))
        #expect(opening.description == "cannot open \"a.xlsx\": \(technical)")
        let reading = ByteSource.systemError(code, file: "a.xlsx", opening: false)
        #expect(reading == .unreadableFile(file: "a.xlsx", code: code, operation: .reading, detail: technical))
        #expect(reading.description == "cannot read \"a.xlsx\": \(technical)")
    }

    @Test("a missing file carries ENOENT, its text in detail")
    func missingFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString).xlsx")
        #expect {
            _ = try Workbook(url: url, displayName: "m.xlsx")
        } throws: { error in
            guard let e = error as? ReaderError, case .unreadableFile("m.xlsx", ENOENT?, .opening, let detail?) = e else { return false }
            return detail.hasPrefix("errno \(ENOENT):")
        }
    }

    @Test("every case has an English description naming the file and, where known, part, sheet and cell")
    func descriptions() {
        let cases: [(ReaderError, String)] = [
            (
                .unreadableFile(file: "a.xlsx", code: nil, operation: .opening, detail: "st_mode 0o10644"),
                #"cannot open "a.xlsx": not a regular file (st_mode 0o10644)"#
            ),
            (.emptyFile(file: "a.xlsx"), #""a.xlsx" is empty (0 bytes)"#),
            (.passwordProtected(file: "a.xlsx"), #""a.xlsx" is a password-protected (encrypted) workbook"#),
            (.legacyBinaryWorkbook(file: "a.xlsx"), #""a.xlsx" is a legacy binary workbook (.xls or another CFB file), not .xlsx"#),
            (.notXLSX(file: "a.xlsx"), #""a.xlsx" is not an .xlsx workbook"#),
            (
                .brokenArchive(file: "a.xlsx", damage: .checksumMismatch(part: "xl/workbook.xml")),
                #""a.xlsx" is a damaged ZIP archive: CRC-32 of xl/workbook.xml does not match"#
            ),
            (
                .unsupportedEntry(file: "a.xlsx", part: "xl/styles.xml", feature: .compressionMethod(12)),
                #""a.xlsx", part xl/styles.xml: unsupported compression method 12"#
            ),
            (.duplicateEntry(file: "a.xlsx", part: "xl/workbook.xml"), #""a.xlsx" has more than one ZIP entry named xl/workbook.xml"#),
            (
                .limitExceeded(file: "a.xlsx", part: "xl/worksheets/sheet1.xml", limit: .partBytes(limit: 512 << 20)),
                #""a.xlsx", part xl/worksheets/sheet1.xml: safety limit exceeded: part inflates to more than 512 MiB"#
            ),
            (
                .missingPart(
                    file: "a.xlsx", part: "xl/_rels/workbook.xml.rels",
                    role: .sheetRelationship(sheet: "名簿", relationshipID: "rId7")),
                #""a.xlsx" lacks the part xl/_rels/workbook.xml.rels (relationship rId7 of sheet "名簿")"#
            ),
            (.missingPart(file: "a.xlsx", part: "_rels/.rels"), #""a.xlsx" lacks the part _rels/.rels"#),
            (
                .malformedXML(file: "a.xlsx", part: "xl/workbook.xml", line: 0, detail: "xmlParseChunk returned 4"),
                #""a.xlsx", part xl/workbook.xml: malformed XML: xmlParseChunk returned 4"#
            ),
            (.forbiddenDoctype(file: "a.xlsx", part: "xl/workbook.xml"), #""a.xlsx", part xl/workbook.xml: a DOCTYPE declaration is not allowed"#),
            (
                .sharedStringOutOfRange(file: "a.xlsx", sheet: "S", cell: "B2", index: 9, count: 3),
                #""a.xlsx", sheet "S", cell B2: shared string 9 does not exist (3 strings)"#
            ),
            (.noSuchSheet(file: "a.xlsx", sheet: "S"), #""a.xlsx" has no sheet "S""#),
            (
                .outOfSheetLimits(file: "a.xlsx", sheet: "S", position: .cellReference("XFE1")),
                #""a.xlsx", sheet "S": cell reference r="XFE1" lies outside the sheet (last cell XFD1048576)"#
            ),
            (
                .dateOutOfRange(file: "a.xlsx", sheet: "S", cell: "B1", text: "10000-01-01"),
                #""a.xlsx", sheet "S", cell B1: date "10000-01-01" is outside the years 1-9999"#
            ),
        ]
        for (error, english) in cases {
            #expect(error.description == english)
            #expect(error.file == "a.xlsx")
        }
    }

    @Test("what is damaged or capped is a value, its English in detail")
    func structuredDetail() {
        #expect(ReaderError.brokenArchive(file: "a", damage: .fileTruncated).detail == "file ends early")
        #expect(ReaderError.unsupportedEntry(file: "a", part: "p", feature: .encryption).detail == "ZIP encryption")
        #expect(
            ReaderError.limitExceeded(file: "a", part: "(ZIP)", limit: .entryCount(count: 10_001, limit: 10_000)).detail
                == "10001 entries, more than the limit of 10000")
        #expect(
            ReaderError.limitExceeded(file: "a", part: "p", limit: .textNodeBytes(limit: 1 << 20)).detail
                == "a text node is longer than 1 MiB")
        #expect(ReaderError.noSuchSheet(file: "a", sheet: "S").detail == nil)
    }
}
