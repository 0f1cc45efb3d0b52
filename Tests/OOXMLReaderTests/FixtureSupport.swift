import Foundation
import TestSupport

@testable import OOXMLReader

/// Locates committed fixtures next to the test sources (no bundle copying needed).
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// Files in a fixture folder with an extension, sorted.
    static func files(in folder: String, ext: Set<String>) -> [URL] {
        let dir = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { ext.contains(($0 as NSString).pathExtension.lowercased()) }.sorted().map { dir.appendingPathComponent($0) }
    }

    /// The `inspect` lines of a workbook, as our reader produces them.
    static func inspect(_ url: URL) throws -> [String] {
        let wb = try Workbook(url: url)
        var lines: [String] = []
        try InspectFormatter.dump(wb) { lines.append(String($0.dropLast())) }
        return lines
    }

    /// Expected lines from a `.jsonl` file.
    static func expectedLines(_ url: URL) throws -> [String] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }
}

/// Builds small xlsx packages from literal XML parts (for cases no writer produces).
enum Package {
    static func zip(_ parts: [(String, String)], to url: URL) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pkg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = dir.appendingPathComponent("make.py")
        var py = "import zipfile, sys\nz = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED)\n"
        for (i, (name, body)) in parts.enumerated() {
            let f = dir.appendingPathComponent("part\(i)")
            try body.write(to: f, atomically: true, encoding: .utf8)
            py += "z.write(\(pyString(f.path)), \(pyString(name)))\n"
        }
        py += "z.close()\n"
        try py.write(to: script, atomically: true, encoding: .utf8)
        try ProcessRunner.runChecked("python3", [script.path, url.path])
    }

    private static func pyString(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>
        """
    static let rootRels = """
        <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
        """

    /// A one-sheet workbook around `sheetData` (and optional shared strings / styles).
    static func simple(sheetXML: String, sharedStrings: String? = nil, styles: String? = nil, workbookPr: String = "") -> [(String, String)] {
        var rels = """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
            """
        var parts: [(String, String)] = [("[Content_Types].xml", contentTypes), ("_rels/.rels", rootRels)]
        if let sharedStrings {
            rels +=
                #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#
            parts.append(("xl/sharedStrings.xml", sharedStrings))
        }
        if let styles {
            rels +=
                #"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
            parts.append(("xl/styles.xml", styles))
        }
        rels += "</Relationships>"
        parts.append(("xl/_rels/workbook.xml.rels", rels))
        parts.append(
            (
                "xl/workbook.xml",
                """
                <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\(workbookPr)<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>
                """
            ))
        parts.append(
            (
                "xl/worksheets/sheet1.xml",
                """
                <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\(sheetXML)</worksheet>
                """
            ))
        return parts
    }

    /// Zips parts into a temporary file and returns its URL.
    static func temp(_ parts: [(String, String)]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("t-\(UUID().uuidString).xlsx")
        try zip(parts, to: url)
        return url
    }
}
