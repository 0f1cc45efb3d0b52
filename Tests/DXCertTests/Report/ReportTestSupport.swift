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

/// The scenario runs the report tests use, computed once through the real pipeline and shared
/// (tests run in parallel).
enum ReportFixture {
    /// The folder of a committed scenario (`Fixtures/scenarios/NAME`).
    static func scenario(_ name: String) -> URL { FixturePaths.url("scenarios/\(name)") }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var results: [String: RunResult] = [:]

    /// The pipeline's result for a scenario's input (no previous ledger).
    static func result(_ name: String) throws -> RunResult {
        lock.lock()
        defer { lock.unlock() }
        if let r = results[name] { return r }
        let scratch = FixturePaths.tempDirectory("report-compute")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let r = try Batch.compute(RunOptions(input: scenario(name).appendingPathComponent("input"), output: scratch, usePreviousLedger: false))
        results[name] = r
        return r
    }

    /// Writes the reports of a scenario into a fresh folder and returns it (the caller removes it).
    static func written(_ name: String) throws -> (result: RunResult, output: URL, paths: [String]) {
        let result = try self.result(name)
        let output = FixturePaths.tempDirectory("report-out").appendingPathComponent("output")
        let paths = try ReportWriter.write(result, to: output)
        return (result, output, paths)
    }

    /// The oracle's expectations of a scenario (`expected.json`, from scripts/fixtures/oracle.py).
    static func oracle(_ name: String) throws -> OracleExpectations {
        try OracleExpectations.load(scenario: name)
    }
}

/// A written workbook read back with the project's own reader.
struct ReadWorkbook {
    let workbook: Workbook
    /// Sheet name → cell (A1) → value, for every non-empty cell.
    let cells: [String: [String: CellValue]]

    init(_ url: URL) throws {
        workbook = try Workbook(url: url)
        var cells: [String: [String: CellValue]] = [:]
        for sheet in workbook.worksheets {
            var sheetCells: [String: CellValue] = [:]
            try workbook.forEachRow(in: sheet) { row in
                for cell in row.cells { sheetCells[cell.reference.a1] = cell.value }
            }
            cells[sheet.name] = sheetCells
        }
        self.cells = cells
    }

    var sheetNames: [String] { workbook.worksheets.map(\.name) }

    /// The text of a cell ("" when empty).
    func text(_ sheet: String, _ a1: String) -> String { cells[sheet]?[a1]?.text ?? "" }

    /// The number in a cell.
    func number(_ sheet: String, _ a1: String) -> Double? {
        if case .number(let n)? = cells[sheet]?[a1] { return n }
        return nil
    }

    /// The texts of a row from column A, up to the last filled cell.
    func row(_ sheet: String, _ row: Int) -> [String] {
        let inRow = (cells[sheet] ?? [:]).compactMap { key, value -> (Int, String)? in
            guard let ref = CellReference(key), ref.row == row else { return nil }
            return (ref.column, value.text)
        }
        guard let last = inRow.map(\.0).max() else { return [] }
        var out = Array(repeating: "", count: last)
        for (column, text) in inRow { out[column - 1] = text }
        return out
    }

    /// The 1-based row whose column A holds `text`, searching from the top.
    func rowIndex(_ sheet: String, firstCell text: String) -> Int? {
        (cells[sheet] ?? [:]).filter { CellReference($0.key)?.column == 1 && $0.value.text == text }
            .compactMap { CellReference($0.key)?.row }.min()
    }

    /// Rows below the heading row whose column A is `header`, as heading → text, until the first
    /// row with an empty column A.
    func table(_ sheet: String, header: String) -> [[String: String]] {
        guard let headerRow = rowIndex(sheet, firstCell: header) else { return [] }
        let headings = row(sheet, headerRow)
        var out: [[String: String]] = []
        var r = headerRow + 1
        while !text(sheet, "A\(r)").isEmpty {
            let values = row(sheet, r)
            var map: [String: String] = [:]
            for (i, h) in headings.enumerated() where !h.isEmpty { map[h] = i < values.count ? values[i] : "" }
            out.append(map)
            r += 1
        }
        return out
    }
}

/// openpyxl's view of a written workbook: cells, panes, filters, print setup, properties.
enum OpenPyXL {
    static let dumpScript = #"""
        import sys, json, datetime, openpyxl
        from openpyxl.utils import get_column_letter
        wb = openpyxl.load_workbook(sys.argv[1])
        out = {"sheets": wb.sheetnames, "cells": {}, "formats": {}, "layout": {},
               "properties": {"title": wb.properties.title, "subject": wb.properties.subject,
                              "creator": wb.properties.creator,
                              "created": wb.properties.created.isoformat() if wb.properties.created else None},
               "font": wb._fonts[0].name}
        for ws in wb.worksheets:
            cells, formats = {}, {}
            for row in ws.iter_rows():
                for c in row:
                    v = c.value
                    if v is None or v == "":
                        continue
                    if isinstance(v, (datetime.datetime, datetime.date)):
                        v = {"date": v.isoformat()}
                    cells[c.coordinate] = v
                    if c.number_format != "General":
                        formats[c.coordinate] = c.number_format
            ps = ws.page_setup
            widths = {k: d.width for k, d in ws.column_dimensions.items() if d.width}
            out["cells"][ws.title] = cells
            out["formats"][ws.title] = formats
            out["layout"][ws.title] = {
                "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
                "orientation": ps.orientation, "paper": str(ps.paperSize) if ps.paperSize is not None else None,
                "fitToWidth": ps.fitToWidth, "fitToHeight": ps.fitToHeight,
                "fitToPage": bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
                "printTitleRows": ws.print_title_rows, "printArea": ws.print_area,
                "header": [ws.oddHeader.left.text, ws.oddHeader.center.text, ws.oddHeader.right.text],
                "footer": [ws.oddFooter.left.text, ws.oddFooter.center.text, ws.oddFooter.right.text],
                "conditionalFormats": sum(len(r.rules) for r in ws.conditional_formatting),
                "widths": widths, "charts": len(ws._charts),
            }
        print(json.dumps(out, ensure_ascii=False))
        """#

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The dump of `url` as JSON.
    static func dump(_ url: URL) throws -> [String: Any] {
        let output = try ProcessRunner.run("python3", ["-c", dumpScript, url.path])
        guard output.status == 0 else { throw Failure(description: "openpyxl failed: " + output.stderr) }
        guard let json = try JSONSerialization.jsonObject(with: output.stdout) as? [String: Any] else {
            throw Failure(description: "openpyxl printed no JSON object")
        }
        return json
    }

    /// True when python3 with openpyxl is available (the openpyxl checks are skipped otherwise).
    static let available: Bool = ProcessRunner.succeeds("python3", ["-c", "import openpyxl"])
}

/// Golden cell values: every non-empty cell of a workbook, sheet by sheet (the reports hold
/// text and numbers only; a date cell would show up as a difference).
enum Golden {
    /// A cell value in the golden file: text or number.
    enum Value: Equatable, CustomStringConvertible {
        case text(String)
        case number(Double)

        var description: String {
            switch self {
            case .text(let t): return "\"\(t)\""
            case .number(let n): return "\(n)"
            }
        }

        func matches(_ other: Value) -> Bool {
            switch (self, other) {
            case (.text(let a), .text(let b)): return a == b
            case (.number(let a), .number(let b)): return abs(a - b) <= 1e-9 * max(1, abs(a))
            default: return false
            }
        }
    }

    typealias Sheets = [String: [String: Value]]

    /// From our reader.
    static func from(_ read: ReadWorkbook) -> Sheets {
        read.cells.mapValues { cells in
            cells.compactMapValues { v -> Value? in
                switch v {
                case .string(let s): return .text(s)
                case .number(let n): return .number(n)
                case .boolean(let b): return .text(b ? "TRUE" : "FALSE")
                case .date(let d): return .text("date:" + d.iso)
                case .error(let e): return .text(e)
                }
            }
        }
    }

    /// From openpyxl's dump.
    static func from(openpyxl dump: [String: Any]) -> Sheets {
        let cells = dump["cells"] as? [String: [String: Any]] ?? [:]
        return cells.mapValues { sheet in
            sheet.compactMapValues { v -> Value? in
                if let s = v as? String { return .text(s) }
                if let n = v as? NSNumber { return .number(n.doubleValue) }
                return .text("other:\(v)")
            }
        }
    }

    static func read(_ url: URL) throws -> Sheets {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: [String: Any]] ?? [:]
        return object.mapValues { sheet in
            sheet.compactMapValues { v -> Value? in
                if let s = v as? String { return .text(s) }
                if let n = v as? NSNumber { return .number(n.doubleValue) }
                return nil
            }
        }
    }

    static func write(_ sheets: Sheets, to url: URL) throws {
        let object = sheets.mapValues { sheet in
            sheet.mapValues { v -> Any in
                switch v {
                case .text(let t): return t
                case .number(let n): return n
                }
            }
        }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        try data.write(to: url)
    }

    /// Differences between `actual` and `expected`, one line each (empty when equal).
    static func differences(_ actual: Sheets, _ expected: Sheets) -> [String] {
        var out: [String] = []
        for sheet in Set(actual.keys).union(expected.keys).sorted() {
            let a = actual[sheet] ?? [:]
            let e = expected[sheet] ?? [:]
            for cell in Set(a.keys).union(e.keys).sorted(by: { ($0.count, $0) < ($1.count, $1) }) {
                switch (a[cell], e[cell]) {
                case (let x?, let y?) where x.matches(y): continue
                case (let x, let y): out.append("\(sheet)!\(cell): got \(x?.description ?? "nothing"), golden \(y?.description ?? "nothing")")
                }
            }
        }
        return out
    }
}
