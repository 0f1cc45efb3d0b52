import Foundation
import TestSupport
import Testing

@testable import OOXMLReader

/// Small parts shared byte for byte between workbooks are parsed once (`PartCache`); a workbook
/// read from the cache must read exactly as one parsed from scratch.
@Suite("Parts shared between workbooks are parsed once")
struct PartCacheTests {
    /// A one-sheet workbook with a styles part (a date style) and a unique cell, as bytes.
    private func bytes(_ marker: String, workbookPart: String = "xl/workbook.xml") throws -> [UInt8] {
        let styles = """
            <?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>
            """
        var parts = Package.simple(
            sheetXML:
                #"<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>\#(marker)</t></is></c><c r="B1" s="1"><v>45000</v></c></row></sheetData>"#,
            styles: styles)
        if workbookPart != "xl/workbook.xml" {
            parts = parts.map { name, body in
                switch name {
                case "xl/workbook.xml": return (workbookPart, body)
                case "_rels/.rels": return (name, body.replacingOccurrences(of: "Target=\"xl/workbook.xml\"", with: "Target=\"\(workbookPart)\""))
                default: return (name, body)
                }
            }
        }
        let url = try Package.temp(parts)
        defer { try? FileManager.default.removeItem(at: url) }
        return [UInt8](try Data(contentsOf: url))
    }

    /// This suite's own cache: the shared one may be full of what other tests read.
    private let cache = PartCache()

    private func dump(_ bytes: [UInt8], limits: ArchiveLimits = .standard) throws -> [String] {
        let wb = try Workbook(source: ByteSource(bytes: bytes, displayName: "c.xlsx"), limits: limits, partCache: cache)
        var lines = wb.sheets.map { "\($0.name) \($0.part)" }
        try InspectFormatter.dump(wb) { lines.append(String($0.dropLast())) }
        return lines
    }

    @Test("a workbook whose small parts were seen before reads the same, from the cache")
    func sameResult() throws {
        let first = try bytes("最初")
        let second = try bytes("二番目")
        let a = try dump(first)
        #expect(cache.hits == 0)
        let b = try dump(second)
        // The package and workbook relationships, the workbook part and the styles of the second.
        #expect(cache.hits == 4)
        #expect(a.contains { $0.contains("最初") } && b.contains { $0.contains("二番目") })
        #expect(b.contains { $0.contains("2023-03-15") })  // B1 read as a date: the cached styles apply
        #expect(a.map { $0.replacingOccurrences(of: "最初", with: "二番目") } == b)
    }

    @Test("relationships are resolved against their own workbook part, whatever an earlier file had")
    func relationshipsContext() throws {
        let plain = try dump(bytes("a"))
        let upper = try dump(bytes("a", workbookPart: "XL/workbook.xml"))
        #expect(plain.first == "S xl/worksheets/sheet1.xml")
        #expect(upper.first == "S XL/worksheets/sheet1.xml")
    }

    @Test("parts taken from the cache still count against the workbook's caps")
    func capsStillCount() throws {
        let workbook = try bytes("上限")
        _ = try dump(workbook)  // the cache now holds its small parts
        let archive = try ZipArchive(source: ByteSource(bytes: workbook, displayName: "c.xlsx"), limits: .standard)
        let rels = try #require(archive.entry("_rels/.rels")).uncompressedSize
        let part = try #require(archive.entry("xl/workbook.xml")).uncompressedSize
        // Room for the package relationships, one byte short for the workbook part.
        let limits = ArchiveLimits(maxTotalBytes: rels + part - 1)
        #expect(throws: ReaderError.limitExceeded(file: "c.xlsx", part: "xl/workbook.xml", limit: .totalBytes(limit: rels + part - 1))) {
            _ = try dump(workbook, limits: limits)
        }
    }
}
