import Foundation
import OOXMLReader
import TestSupport
import Testing

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertMessages
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

/// Paths of the repository and this folder's fixtures.
enum TplPaths {
    /// The repository root (…/Tests/DXCertTests/Templates/ → three levels up).
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let templates = root.appendingPathComponent("templates")
    static let fixtures = root.appendingPathComponent("Tests/DXCertTests/Fixtures/templates")
    static let goodSetup = fixtures.appendingPathComponent("setup_good.xlsx")
    static let badSetup = fixtures.appendingPathComponent("setup_bad.xlsx")
    static let yearOnlySetup = fixtures.appendingPathComponent("setup_year_only.xlsx")
    static let makeSetups = fixtures.appendingPathComponent("make_setups.py")
}

/// A fresh temporary folder (the shared `ScratchFolder`), removed with `cleanUp()`.
struct TplScratch {
    let url: URL

    init(_ label: String = #function) throws { url = try ScratchFolder("tpl-\(label)").url }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    func cleanUp() { try? FileManager.default.removeItem(at: url) }

    /// Every file below the folder, as paths relative to it, sorted.
    func files() -> [String] {
        let base = url.resolvingSymlinksInPath().path
        let items = FileManager.default.enumerator(atPath: base)?.allObjects as? [String] ?? []
        return items.filter {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: base + "/" + $0, isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted()
    }
}

/// Runs programs the tests compare against: Python 3 (openpyxl, zipfile) and LibreOffice.
enum TplProcess {
    struct Failure: Error, CustomStringConvertible {
        let status: Int32
        let stderr: String
        var description: String { "exit \(status): \(stderr)" }
    }

    @discardableResult
    static func run(_ executable: String, _ arguments: [String], timeout: TimeInterval = 180) throws -> String {
        let output = try ProcessRunner.run(executable, arguments, timeout: timeout)
        guard output.status == 0, !output.timedOut else { throw Failure(status: output.status, stderr: output.stderr) }
        return output.text
    }

    /// Runs a Python script given as text.
    @discardableResult
    static func python(_ script: String, _ arguments: [String]) throws -> String {
        try run("python3", ["-c", script] + arguments)
    }

    /// True when LibreOffice can be run.
    static var hasLibreOffice: Bool {
        ProcessRunner.succeeds("sh", ["-c", "command -v soffice"])
    }

    /// Opens `file` in LibreOffice and saves it as .xlsx into `folder` (a judge's re-save).
    static func libreOfficeResave(_ file: URL, into folder: URL) throws -> URL {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let profile = "file:///tmp/lo-tpl-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: String(profile.dropFirst("file://".count))) }
        try run("soffice", ["--headless", "-env:UserInstallation=\(profile)", "--convert-to", "xlsx", "--outdir", folder.path, file.path])
        return folder.appendingPathComponent(file.lastPathComponent)
    }
}

/// What a workbook's XML says, read with Python's zipfile and ElementTree (not our reader):
/// sheets, data validations, sheet protection, merges, hidden rows, formulas, which cells are
/// locked, and custom properties.
struct TplXML: Decodable {
    struct Validation: Decodable, Equatable, Comparable {
        var sqref: String
        var type: String
        var formula1: String
        var errorStyle: String
        var allowBlank: String
        var promptTitle: String
        var prompt: String
        var errorTitle: String
        var error: String

        static func < (l: Validation, r: Validation) -> Bool { (l.sqref, l.prompt) < (r.sqref, r.prompt) }

        /// The cells the rule covers.
        var ranges: [(rows: ClosedRange<Int>, columns: ClosedRange<Int>)] {
            sqref.split(separator: " ").compactMap { part in
                let ends = part.split(separator: ":").compactMap { CellReference(String($0)) }
                guard let first = ends.first else { return nil }
                let last = ends.last!
                return (first.row...last.row, first.column...last.column)
            }
        }

        func covers(_ cell: String) -> Bool {
            guard let c = CellReference(cell) else { return false }
            return ranges.contains { $0.rows.contains(c.row) && $0.columns.contains(c.column) }
        }
    }

    struct Sheet: Decodable {
        var name: String
        var state: String
        var validations: [Validation]
        /// `<sheetProtection>` attributes; nil when the sheet is not protected.
        var protection: [String: String]?
        var merges: [String]
        var hiddenRows: [Int]
        var formulas: [String: String]
        /// Cells whose style leaves them unlocked (editable on a protected sheet).
        var unlocked: [String]
        /// Cells with a style at all (written by us).
        var styled: [String]
        /// 1-based column → number format of the column's default style.
        var columnFormats: [String: String]
    }

    var sheets: [Sheet]
    var custom: [String: String]

    func sheet(_ name: String) -> Sheet? { sheets.first { $0.name == name } }

    static let script = #"""
        import json, sys, zipfile, posixpath
        import xml.etree.ElementTree as ET
        NS = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
              'r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
              'rel': 'http://schemas.openxmlformats.org/package/2006/relationships'}
        z = zipfile.ZipFile(sys.argv[1])
        wb = ET.fromstring(z.read('xl/workbook.xml'))
        rels = ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))
        targets = {r.get('Id'): r.get('Target') for r in rels}
        styles = ET.fromstring(z.read('xl/styles.xml'))
        xfs = styles.find('m:cellXfs', NS)
        fmts = {'49': '@', '0': 'General'}
        nf = styles.find('m:numFmts', NS)
        for f in (nf if nf is not None else []):
            fmts[f.get('numFmtId')] = f.get('formatCode')
        xf_format = [fmts.get(xf.get('numFmtId', '0'), xf.get('numFmtId')) for xf in xfs]
        unlocked_xf = []
        for xf in xfs:
            p = xf.find('m:protection', NS)
            unlocked_xf.append(p is not None and p.get('locked') in ('0', 'false'))
        def text(e):
            return '' if e is None or e.text is None else e.text
        sheets = []
        for s in wb.find('m:sheets', NS):
            rid = s.get('{%s}id' % NS['r'])
            target = targets[rid]
            part = target.lstrip('/') if target.startswith('/') else posixpath.normpath(posixpath.join('xl', target))
            root = ET.fromstring(z.read(part))
            vals = []
            dvs = root.find('m:dataValidations', NS)
            for dv in (dvs if dvs is not None else []):
                vals.append({'sqref': dv.get('sqref', ''), 'type': dv.get('type', ''), 'formula1': text(dv.find('m:formula1', NS)),
                             'errorStyle': dv.get('errorStyle', 'stop'), 'allowBlank': dv.get('allowBlank', ''),
                             'promptTitle': dv.get('promptTitle', ''), 'prompt': dv.get('prompt', ''),
                             'errorTitle': dv.get('errorTitle', ''), 'error': dv.get('error', '')})
            prot = root.find('m:sheetProtection', NS)
            merges = [m.get('ref') for m in root.iter('{%s}mergeCell' % NS['m'])]
            hidden = [int(r.get('r')) for r in root.iter('{%s}row' % NS['m']) if r.get('hidden') in ('1', 'true')]
            formulas, unlocked, styled = {}, [], []
            for c in root.iter('{%s}c' % NS['m']):
                f = c.find('m:f', NS)
                if f is not None:
                    formulas[c.get('r')] = text(f)
                s_ = c.get('s')
                if s_ is not None:
                    styled.append(c.get('r'))
                    if unlocked_xf[int(s_)]:
                        unlocked.append(c.get('r'))
            colfmt = {}
            for col in root.iter('{%s}col' % NS['m']):
                if col.get('style') is not None:
                    for i in range(int(col.get('min')), int(col.get('max')) + 1):
                        colfmt[str(i)] = xf_format[int(col.get('style'))]
            sheets.append({'name': s.get('name'), 'state': s.get('state', 'visible'), 'validations': vals, 'columnFormats': colfmt,
                           'protection': dict(prot.attrib) if prot is not None else None, 'merges': merges,
                           'hiddenRows': hidden, 'formulas': formulas, 'unlocked': unlocked, 'styled': styled})
        custom = {}
        if 'docProps/custom.xml' in z.namelist():
            croot = ET.fromstring(z.read('docProps/custom.xml'))
            for p in croot:
                custom[p.get('name')] = ''.join(p.itertext())
        print(json.dumps({'sheets': sheets, 'custom': custom}, ensure_ascii=False))
        """#

    static func read(_ file: URL) throws -> TplXML {
        let json = try TplProcess.python(script, [file.path])
        return try JSONDecoder().decode(TplXML.self, from: Data(json.utf8))
    }
}

/// Reads workbooks back through our own reader and the batch's parsers.
enum TplRead {
    /// Every non-empty cell of every worksheet: sheet → A1 → value.
    static func cells(_ file: URL) throws -> [String: [String: CellValue]] {
        let workbook = try Workbook(url: file)
        var out: [String: [String: CellValue]] = [:]
        for sheet in workbook.worksheets {
            var cells: [String: CellValue] = [:]
            try workbook.forEachRow(in: sheet) { row in
                for cell in row.cells { cells[cell.reference.a1] = cell.value }
            }
            out[sheet.name] = cells
        }
        return out
    }

    /// The identity, the classification and the parsed report sheet.
    static func report(_ file: URL) throws -> (Identity?, WorkbookClassifier.Result, MeetingScoreSheet?) {
        let workbook = try Workbook(url: file)
        let identity = try Identity.read(workbook)
        let kind = try WorkbookClassifier.classify(workbook, identity: identity)
        return (identity, kind, try MeetingSheetParser.parse(workbook, file: file.lastPathComponent, identity: identity))
    }

    /// The identity, the classification and the parsed leader sheet.
    static func leader(_ file: URL) throws -> (Identity?, WorkbookClassifier.Result, LeaderEvaluationSheet?) {
        let workbook = try Workbook(url: file)
        let identity = try Identity.read(workbook)
        let kind = try WorkbookClassifier.classify(workbook, identity: identity)
        return (identity, kind, try LeaderSheetParser.parse(workbook, file: file.lastPathComponent, identity: identity))
    }

    /// The good fixture setup, parsed and checked.
    static func goodSetup() throws -> YearSetup {
        let check = try SetupLoader.load(TplPaths.goodSetup)
        guard let setup = check.setup, !check.hasErrors else {
            throw TplProcess.Failure(status: 0, stderr: check.problems.map(\.terminalLine).joined(separator: "\n"))
        }
        return setup
    }
}

extension CellValue {
    /// A number cell's value, else nil.
    var tplNumber: Double? {
        if case .number(let n) = self { return n }
        return nil
    }
}
