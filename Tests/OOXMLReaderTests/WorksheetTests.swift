import Foundation
import Testing

@testable import OOXMLReader

@Suite("Worksheet streaming: positions, types, strings")
struct WorksheetTests {
    private func lines(_ sheetXML: String, sharedStrings: String? = nil, styles: String? = nil, workbookPr: String = "") throws -> [String] {
        let url = try Package.temp(Package.simple(sheetXML: sheetXML, sharedStrings: sharedStrings, styles: styles, workbookPr: workbookPr))
        defer { try? FileManager.default.removeItem(at: url) }
        return try Fixtures.inspect(url)
    }

    @Test("cells and rows without r take running positions; an explicit r re-anchors")
    func runningPositions() throws {
        let got = try lines(
            """
            <dimension ref="A1:A1"/><sheetData><row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>3</v></c><c><v>4</v></c></row>\
            <row r="4"><c><v>5</v></c></row><row><c r="C5"><v>6</v></c><c><v>7</v></c></row></sheetData>
            """)
        #expect(
            got == [
                #"{"sheet": "S", "cell": "A1", "type": "number", "value": 1}"#,
                #"{"sheet": "S", "cell": "B1", "type": "number", "value": 2}"#,
                #"{"sheet": "S", "cell": "E1", "type": "number", "value": 3}"#,
                #"{"sheet": "S", "cell": "F1", "type": "number", "value": 4}"#,
                #"{"sheet": "S", "cell": "A4", "type": "number", "value": 5}"#,
                #"{"sheet": "S", "cell": "C5", "type": "number", "value": 6}"#,
                #"{"sheet": "S", "cell": "D5", "type": "number", "value": 7}"#,
            ])
    }

    @Test("rows and cells written out of order come out row-major")
    func rowMajor() throws {
        let got = try lines(
            """
            <sheetData><row r="3"><c r="B3"><v>3</v></c><c r="A3"><v>2</v></c></row><row r="1"><c r="A1"><v>1</v></c></row></sheetData>
            """)
        #expect(got.map { $0.components(separatedBy: "\"cell\": \"")[1].prefix(2) } == ["A1", "A3", "B3"])
    }

    @Test("every cell type, empty <v/>, numbers in any XML form, errors beyond the classic seven")
    func types() throws {
        let got = try lines(
            """
            <sheetData><row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="e"><v>#SPILL!</v></c><c r="C1" t="e"><v>#CALC!</v></c>\
            <c r="D1" t="str"><f>A1&amp;"x"</f><v>TRUEx</v></c><c r="E1"><v/></c><c r="F1"><v>1E-3</v></c><c r="G1" t="n"><v>  4 </v></c>\
            <c r="H1"><v>+7</v></c><c r="I1"><v>.5</v></c><c r="J1" t="d"><v>2024-04-01T10:00:00</v></c><c r="K1" t="str"><v></v></c>\
            <c r="L1" t="b"><v>false</v></c><c r="M1"><f>1/0</f><v>-2.5</v></c></row></sheetData>
            """)
        #expect(
            got == [
                #"{"sheet": "S", "cell": "A1", "type": "boolean", "value": true}"#,
                ##"{"sheet": "S", "cell": "B1", "type": "error", "value": "#SPILL!"}"##,
                ##"{"sheet": "S", "cell": "C1", "type": "error", "value": "#CALC!"}"##,
                #"{"sheet": "S", "cell": "D1", "type": "string", "value": "TRUEx"}"#,
                #"{"sheet": "S", "cell": "F1", "type": "number", "value": 0.001}"#,
                #"{"sheet": "S", "cell": "G1", "type": "number", "value": 4}"#,
                #"{"sheet": "S", "cell": "H1", "type": "number", "value": 7}"#,
                #"{"sheet": "S", "cell": "I1", "type": "number", "value": 0.5}"#,
                #"{"sheet": "S", "cell": "J1", "type": "date", "value": "2024-04-01T10:00:00"}"#,
                #"{"sheet": "S", "cell": "L1", "type": "boolean", "value": false}"#,
                #"{"sheet": "S", "cell": "M1", "type": "number", "value": -2.5}"#,
            ])
    }

    @Test("shared and inline strings: runs joined, furigana left out, escapes decoded, whitespace kept, CDATA read")
    func strings() throws {
        let sst = """
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5">\
            <si><t>審査</t><rPh sb="0" eb="2"><t>シンサ</t></rPh><phoneticPr fontId="1"/></si>\
            <si><r><rPr><b/></rPr><t>太字</t></r><r><t xml:space="preserve"> と普通</t></r></si>\
            <si><t>A_x000D_B_x005F_x000D_</t></si>\
            <si><t>  空白  </t></si>\
            <si><t><![CDATA[<CDATA & text>]]></t></si><si><t></t></si></sst>
            """
        let got = try lines(
            """
            <sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>\
            <c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c>\
            <c r="G1" t="inlineStr"><is><r><t>イン</t></r><r><t>ライン</t></r><rPh sb="0" eb="1"><t>ヨミ</t></rPh></is></c></row></sheetData>
            """, sharedStrings: sst)
        #expect(
            got == [
                #"{"sheet": "S", "cell": "A1", "type": "string", "value": "審査"}"#,
                #"{"sheet": "S", "cell": "B1", "type": "string", "value": "太字 と普通"}"#,
                #"{"sheet": "S", "cell": "C1", "type": "string", "value": "A\rB_x000D_"}"#,
                #"{"sheet": "S", "cell": "D1", "type": "string", "value": "  空白  "}"#,
                #"{"sheet": "S", "cell": "E1", "type": "string", "value": "<CDATA & text>"}"#,
                #"{"sheet": "S", "cell": "G1", "type": "string", "value": "インライン"}"#,
            ])
    }

    @Test("dates by style: built-in East-Asian ids, custom codes, 1904 as true")
    func datesByStyle() throws {
        let styles = """
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2">\
            <numFmt numFmtId="164" formatCode="[$-411]ggge&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="0.0"/></numFmts>\
            <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="31"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="46"/></cellXfs></styleSheet>
            """
        let got = try lines(
            """
            <sheetData><row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="2"><v>1</v></c><c r="C1" s="3"><v>2</v></c><c r="D1" s="4"><v>1.5</v></c></row></sheetData>
            """, styles: styles, workbookPr: #"<workbookPr date1904="true"/>"#)
        #expect(
            got == [
                #"{"sheet": "S", "cell": "A1", "type": "date", "value": "1904-01-01"}"#,
                #"{"sheet": "S", "cell": "B1", "type": "date", "value": "1904-01-02"}"#,
                #"{"sheet": "S", "cell": "C1", "type": "number", "value": 2}"#,
                #"{"sheet": "S", "cell": "D1", "type": "date", "value": "1904-01-02T12:00:00"}"#,
            ])
    }

    @Test("merged ranges are exposed")
    func merged() throws {
        let url = try Package.temp(
            Package.simple(
                sheetXML: """
                    <sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells count="2"><mergeCell ref="A1:C2"/><mergeCell ref="E5:E9"/></mergeCells>
                    """))
        defer { try? FileManager.default.removeItem(at: url) }
        let wb = try Workbook(url: url)
        let summary = try wb.forEachRow(in: wb.worksheets[0]) { _ in }
        #expect(summary.mergedRanges.map(\.description) == ["A1:C2", "E5:E9"])
    }
}

@Suite("Refusing unsafe and broken parts")
struct SafetyTests {
    @Test("a DOCTYPE is refused before any entity is declared (billion laughs)")
    func doctype() throws {
        let lol = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row><c t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>
            """
        var parts = Package.simple(sheetXML: "")
        parts[parts.count - 1] = ("xl/worksheets/sheet1.xml", lol)
        let url = try Package.temp(parts)
        defer { try? FileManager.default.removeItem(at: url) }
        let wb = try Workbook(url: url)
        #expect(throws: ReaderError.forbiddenDoctype(file: url.lastPathComponent, part: "xl/worksheets/sheet1.xml")) {
            try wb.forEachRow(in: wb.worksheets[0]) { _ in }
        }
    }

    @Test("a shared-string index past the end names the sheet and cell")
    func sharedStringRange() throws {
        let url = try Package.temp(
            Package.simple(
                sheetXML: #"<sheetData><row r="2"><c r="C2" t="s"><v>99</v></c></row></sheetData>"#,
                sharedStrings: #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>a</t></si></sst>"#))
        defer { try? FileManager.default.removeItem(at: url) }
        let wb = try Workbook(url: url)
        #expect(throws: ReaderError.sharedStringOutOfRange(file: url.lastPathComponent, sheet: "S", cell: "C2", index: 99, count: 1)) {
            try wb.forEachRow(in: wb.worksheets[0]) { _ in }
        }
    }

    @Test("an unclosed tag is malformed XML with the part named")
    func malformed() throws {
        var parts = Package.simple(sheetXML: "")
        parts[parts.count - 1] = ("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row><c><v>1</v></row></sheetData></worksheet>")
        let url = try Package.temp(parts)
        defer { try? FileManager.default.removeItem(at: url) }
        let wb = try Workbook(url: url)
        do {
            try wb.forEachRow(in: wb.worksheets[0]) { _ in }
            Issue.record("expected malformedXML")
        } catch let ReaderError.malformedXML(file, part, line, _) {
            #expect(file == url.lastPathComponent)
            #expect(part == "xl/worksheets/sheet1.xml")
            #expect(line >= 1)
        }
    }

    @Test("a part that inflates past the cap stops with limitExceeded while inflating")
    func zipBomb() throws {
        let url = try Package.temp(Package.simple(sheetXML: "<sheetData>" + String(repeating: " ", count: 3_000_000) + "</sheetData>"))
        defer { try? FileManager.default.removeItem(at: url) }
        let wb = try Workbook(url: url, limits: ArchiveLimits(maxEntries: 100, maxPartBytes: 1_000_000, maxTotalBytes: 10_000_000))
        do {
            try wb.forEachRow(in: wb.worksheets[0]) { _ in }
            Issue.record("expected limitExceeded")
        } catch let ReaderError.limitExceeded(_, part, _) {
            #expect(part == "xl/worksheets/sheet1.xml")
        }
    }
}

@Suite("Files that are not there")
struct MissingFileTests {
    @Test("a folder and a missing path each get their own error")
    func folderAndMissing() {
        let dir = FileManager.default.temporaryDirectory
        #expect(throws: ReaderError.unreadableFile(file: "d", code: EISDIR, operation: .opening)) { _ = try Workbook(url: dir, displayName: "d") }
        #expect {
            _ = try Workbook(url: dir.appendingPathComponent("no-such-\(UUID().uuidString).xlsx"), displayName: "m")
        } throws: { error in
            guard case .unreadableFile("m", ENOENT?, .opening, _)? = error as? ReaderError else { return false }
            return true
        }
    }
}
