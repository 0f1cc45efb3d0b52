import Foundation
import OOXMLReader
import Testing

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertMessages
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

/// The committed `templates/` are exactly what `dxcert templates` writes today.
@Suite("Templates: committed files match the generator")
struct TemplateGoldenTests {
    @Test("every committed template equals a fresh one: sheet names, cells, formulas, validations, protection, identity")
    func committedTemplatesMatchFreshOnes() throws {
        let scratch = try TplScratch()
        defer { scratch.cleanUp() }
        let fresh = try TemplateWriter.writeAll(to: scratch.url)
        #expect(fresh.map(\.lastPathComponent) == ["年度設定.xlsx", "報告会評価シート.xlsx", "リーダー評価シート.xlsx", "既認定者名簿.xlsx"])

        var differences: [String] = []
        for url in fresh {
            let name = url.lastPathComponent
            let committed = TplPaths.templates.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: committed.path) else {
                differences.append("\(name): templates/ にありません（dxcert templates を実行してコミットしてください）")
                continue
            }
            differences += try Self.compare(committed, url, name: name)
        }
        #expect(differences.isEmpty, "templates/ が古くなっています。dxcert templates で作り直してください:\n\(differences.joined(separator: "\n"))")
    }

    @Test("the same code writes byte-identical templates")
    func templatesAreDeterministic() throws {
        let a = try TplScratch(), b = try TplScratch()
        defer { a.cleanUp(); b.cleanUp() }
        for (x, y) in zip(try TemplateWriter.writeAll(to: a.url), try TemplateWriter.writeAll(to: b.url)) {
            #expect(try Data(contentsOf: x) == Data(contentsOf: y), "\(x.lastPathComponent)")
        }
    }

    @Test("the comparison itself notices a changed cell, validation and sheet")
    func comparisonDetectsDifferences() throws {
        let scratch = try TplScratch()
        defer { scratch.cleanUp() }
        let fresh = try TemplateWriter.writeAll(to: scratch.url)
        let changed = scratch.file("changed.xlsx")
        try TplProcess.python(
            """
            import sys, openpyxl
            from openpyxl.worksheet.datavalidation import DataValidation
            wb = openpyxl.load_workbook(sys.argv[1])
            wb['年度']['A4'] = '年度（変更）'
            dv = DataValidation(type='list', formula1='"A,B"'); wb['参加者'].add_data_validation(dv); dv.add('Z9')
            wb.create_sheet('追加')
            wb.save(sys.argv[2])
            """, [fresh[0].path, changed.path])
        let differences = try Self.compare(fresh[0], changed, name: "年度設定.xlsx")
        #expect(differences.contains { $0.contains("シート「年度」A4") })
        #expect(differences.contains { $0.contains("シート「参加者」の入力規則") })
        #expect(differences.contains { $0.contains("シート名") })
    }

    /// Differences between two workbooks, one line each.
    static func compare(_ expected: URL, _ actual: URL, name: String) throws -> [String] {
        var out: [String] = []
        let e = try TplXML.read(expected), a = try TplXML.read(actual)
        let eNames = e.sheets.map { "\($0.name)(\($0.state))" }, aNames = a.sheets.map { "\($0.name)(\($0.state))" }
        if eNames != aNames { out.append("\(name): シート名 \(eNames) → \(aNames)") }
        if e.custom != a.custom { out.append("\(name): 文書プロパティ \(e.custom) → \(a.custom)") }
        let eCells = try TplRead.cells(expected), aCells = try TplRead.cells(actual)
        for sheet in e.sheets {
            guard let other = a.sheet(sheet.name) else { continue }
            let ec = eCells[sheet.name] ?? [:], ac = aCells[sheet.name] ?? [:]
            for ref in Set(ec.keys).union(ac.keys).sorted() where ec[ref] != ac[ref] {
                out.append("\(name): シート「\(sheet.name)」\(ref): \(String(describing: ec[ref])) → \(String(describing: ac[ref]))")
            }
            if sheet.formulas != other.formulas { out.append("\(name): シート「\(sheet.name)」の数式が違います") }
            if sheet.validations.sorted() != other.validations.sorted() {
                out.append("\(name): シート「\(sheet.name)」の入力規則が違います（\(sheet.validations.count)件 → \(other.validations.count)件）")
            }
            if sheet.protection != other.protection { out.append("\(name): シート「\(sheet.name)」の保護が違います") }
            if sheet.merges.sorted() != other.merges.sorted() { out.append("\(name): シート「\(sheet.name)」の結合セルが違います") }
            if sheet.hiddenRows != other.hiddenRows { out.append("\(name): シート「\(sheet.name)」の非表示の行が違います") }
            if sheet.unlocked.sorted() != other.unlocked.sorted() { out.append("\(name): シート「\(sheet.name)」の入力欄（ロック解除セル）が違います") }
        }
        return out
    }
}
