import Foundation
import TestSupport
import Testing

@testable import OOXMLReader

/// Parts up to 1 MiB are inflated whole by libdeflate, larger ones stream through zlib. The size
/// that picks the way comes from the central directory, which the sender's file controls: a size
/// that lies must read the same cells (or give the same error) as the streaming way.
@Suite("Inflating a part whole or streaming it")
struct ArchiveInflateTests {
    private static let sheetPart = "xl/worksheets/sheet1.xml"

    /// A one-sheet workbook's bytes with `rows` rows of a few cells each.
    private func workbookBytes(rows: Int) throws -> [UInt8] {
        var xml = "<sheetData>"
        for r in 1...rows {
            xml += #"<row r="\#(r)"><c r="A\#(r)" t="inlineStr"><is><t>職員\#(r)</t></is></c><c r="B\#(r)"><v>\#(r % 6)</v></c></row>"#
        }
        xml += "</sheetData>"
        let url = try Package.temp(Package.simple(sheetXML: xml))
        defer { try? FileManager.default.removeItem(at: url) }
        return [UInt8](try Data(contentsOf: url))
    }

    /// The central directory's uncompressed size of `part`, and where it is stored.
    private func statedSize(of part: String, in bytes: [UInt8]) -> (value: UInt32, offset: Int)? {
        func le16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
        func le32(_ i: Int) -> UInt32 { UInt32(le16(i)) | UInt32(le16(i + 2)) << 16 }
        var i = 0
        while i + 46 <= bytes.count {
            if le32(i) == 0x0201_4B50 {
                let nameLength = le16(i + 28)
                if i + 46 + nameLength <= bytes.count, String(decoding: bytes[(i + 46)..<(i + 46 + nameLength)], as: UTF8.self) == part {
                    return (le32(i + 24), i + 24)
                }
            }
            i += 1
        }
        return nil
    }

    private func withStatedSize(_ size: UInt32, of part: String, in bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        guard let (_, offset) = statedSize(of: part, in: bytes) else { return out }
        for k in 0..<4 { out[offset + k] = UInt8(truncatingIfNeeded: size >> (8 * k)) }
        return out
    }

    private func cells(_ bytes: [UInt8], limits: ArchiveLimits = .standard) throws -> [String] {
        let wb = try Workbook(data: Data(bytes), displayName: "t.xlsx", limits: limits)
        var out: [String] = []
        for sheet in wb.worksheets {
            try wb.forEachRow(in: sheet) { row in
                for cell in row.cells { out.append("\(cell.reference.a1)=\(cell.value.text)") }
            }
        }
        return out
    }

    @Test("a stated size one byte short, one byte long, zero or past 1 MiB reads the same cells")
    func lyingSizes() throws {
        let bytes = try workbookBytes(rows: 300)
        let expected = try cells(bytes)
        #expect(expected.count == 600)
        let real = try #require(statedSize(of: Self.sheetPart, in: bytes)).value
        for size in [real - 1, real + 1, 0, 2 << 20, UInt32.max] {
            #expect(try cells(withStatedSize(size, of: Self.sheetPart, in: bytes)) == expected, "stated size \(size)")
        }
    }

    @Test("a part that claims to be small but inflates past the part cap is stopped at the cap")
    func smallClaimBigPart() throws {
        // About 2.4 MiB of sheet XML stated as 1,000 bytes; the cap is 1.5 MiB.
        let bytes = withStatedSize(1_000, of: Self.sheetPart, in: try workbookBytes(rows: 30_000))
        let limits = ArchiveLimits(maxPartBytes: 3 << 19)
        #expect(throws: ReaderError.limitExceeded(file: "t.xlsx", part: Self.sheetPart, limit: .partBytes(limit: 3 << 19))) {
            _ = try cells(bytes, limits: limits)
        }
    }

    @Test("damaged deflate data in a small part is a broken archive, whichever way it was read")
    func damagedSmallPart() throws {
        var bytes = try workbookBytes(rows: 50)
        // The sheet's data starts after its local header (30 bytes, its name, no extra field).
        let name = Array(Self.sheetPart.utf8)
        func isSheetHeader(_ i: Int) -> Bool {
            guard bytes[i] == 0x50, bytes[i + 1] == 0x4B, bytes[i + 2] == 3, bytes[i + 3] == 4 else { return false }
            let end = min(bytes.count, i + 30 + name.count)
            return Array(bytes[(i + 30)..<end]) == name
        }
        let found = (0..<(bytes.count - 30)).first(where: isSheetHeader)
        let header = try #require(found)
        let data = header + 30 + name.count + (Int(bytes[header + 28]) | Int(bytes[header + 29]) << 8)
        for k in 0..<8 { bytes[data + 4 + k] ^= 0xA5 }
        do {
            _ = try cells(bytes)
            Issue.record("damaged data was read")
        } catch let error as ReaderError {
            guard case .brokenArchive(let file, _) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(file == "t.xlsx")
        }
    }
}
