import Foundation
import OOXMLReader
import Testing

@testable import XLSXWriter

/// One workbook using every feature, read back by our reader and by openpyxl.
@Suite("Every feature, read back")
struct EveryFeatureTests {
    @Test("our reader sees the Japanese text, numbers, cached formula results, dates and properties")
    func ourReaderSeesValues() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("全機能.xlsx")
        try EveryFeatureWorkbook.write(to: path)

        let workbook = try Workbook(url: URL(fileURLWithPath: path))
        #expect(workbook.sheets.map(\.name) == ["集計 表", "リスト", "グラフ"])
        #expect(workbook.sheets.map(\.state) == [.visible, .hidden, .visible])

        let cells = try ReadBack.cells(path, sheet: "集計 表")
        #expect(cells["A1"] == .string("氏名"))
        #expect(cells["A2"] == .string("山田 太郎"))
        #expect(cells["B2"] == .number(85))
        #expect(cells["B3"] == .number(42))
        #expect(cells["C2"] == .string("合格"))
        #expect(cells["C3"] == .string("不合格"))
        #expect(cells["B7"] == .number(351))
        #expect(cells["E1"] == .boolean(true))
        #expect(cells["D2"] == .date(ExcelDateTime(year: 2025, month: 4, day: 1, hour: 0, minute: 0, second: 0)))
        #expect(cells["D6"] == .date(ExcelDateTime(year: 2025, month: 4, day: 5, hour: 0, minute: 0, second: 0)))
        #expect(cells["A9"] == .string("市のDX推進ページ"))
        #expect(cells["A11"] == .string("注意事項：点数は0〜100の整数で入力してください。"))

        let list = try ReadBack.cells(path, sheet: "リスト")
        #expect(list["A1"] == .string("選択肢その1番"))
        #expect(list["A40"] == .string("選択肢その40番"))
        #expect(list.count == 40)

        #expect(workbook.properties.title == "DX認定 集計")
        #expect(workbook.properties.creator == "DX推進課")
        #expect(workbook.properties.created == "2025-04-01T00:00:00Z")
        #expect(workbook.properties.modified == "2025-04-01T00:00:00Z")
        #expect(workbook.properties.custom["年度"] == "令和7年度")
        #expect(workbook.properties.custom["件数"] == "5")
        #expect(workbook.properties.custom["確定"] == "true")
        #expect(workbook.properties.custom["締切"] == "2025-04-01T00:00:00Z")

        let names = Dictionary(workbook.definedNames.map { ($0.name, $0.formula) }, uniquingKeysWith: { a, _ in a })
        #expect(names["合格点"] == "60")
        #expect(names["名簿"] == "'集計 表'!$A$2:$A$6")
        #expect(names["_xlnm.Print_Titles"] == "'集計 表'!$1:$1")
        #expect(names["_xlnm.Print_Area"] == "'集計 表'!$A$1:$D$11")
    }

    @Test("openpyxl sees validations, conditional formats, panes, filter, print setup, protection and notes")
    func openpyxlSeesSheetSetup() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("全機能.xlsx")
        try EveryFeatureWorkbook.write(to: path)
        let json = try Python.json(EveryFeatureWorkbook.openpyxlScript, [path, "集計 表", "リスト"])

        #expect(json["sheets"] as? [String] == ["集計 表", "リスト", "グラフ"])
        #expect(json["states"] as? [String: String] == ["集計 表": "visible", "リスト": "hidden", "グラフ": "visible"])
        #expect(json["active"] as? String == "集計 表")

        // Values and formulas.
        #expect(json["values", "C2"] as? String == "=IF(B2>=60,\"合格\",\"不合格\")")
        #expect(json["values", "B7"] as? String == "=SUM(B2:B6)")
        #expect(json["cached", "C3"] as? String == "不合格")
        #expect(json["cached", "B7"] as? Double == 351)
        #expect(json["values", "D2"] as? String == "2025-04-01T00:00:00")
        #expect(json["values", "E1"] as? Bool == true)
        #expect(json["hyperlink"] as? String == "https://www.city.example.lg.jp/dx/")

        // Data validations, in the order they were added.
        let dv = try #require(json["dv"] as? [[String: Any]])
        #expect(dv.count == 7)
        let byRange = Dictionary(dv.map { ($0["sqref"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        let list = try #require(byRange["C2:C6"])
        #expect(list["type"] as? String == "list")
        #expect(list["formula1"] as? String == "\"合格,不合格,保留\"")
        #expect(list["promptTitle"] as? String == "合否の選択")
        #expect(list["prompt"] as? String == "一覧から選んでください。")
        #expect(list["errorTitle"] as? String == "入力エラー")
        #expect(list["error"] as? String == "合格・不合格・保留のいずれかを選んでください。")
        // libxlsxwriter leaves out attributes that equal OOXML's defaults (errorStyle="stop",
        // operator="between"); readers must apply the default.
        #expect(list["errorStyle"] is NSNull)
        #expect(list["allowBlank"] as? Bool == true)
        let whole = try #require(byRange["B2:B6"])
        #expect(whole["type"] as? String == "whole")
        #expect(whole["operator"] is NSNull)
        #expect(whole["formula1"] as? String == "0")
        #expect(whole["formula2"] as? String == "100")
        #expect(whole["errorTitle"] as? String == "点数の範囲")
        let date = try #require(byRange["D2:D6"])
        #expect(date["type"] as? String == "date")
        #expect(date["formula1"] as? String == "45748")
        #expect(date["formula2"] as? String == "46112")
        #expect(date["errorStyle"] as? String == "warning")
        let decimal = try #require(byRange["E2:E6"])
        #expect(decimal["type"] as? String == "decimal")
        #expect(decimal["operator"] as? String == "greaterThan")
        #expect(decimal["errorStyle"] as? String == "information")
        let length = try #require(byRange["F2:F6"])
        #expect(length["type"] as? String == "textLength")
        #expect(length["operator"] as? String == "lessThanOrEqual")
        #expect(length["formula1"] as? String == "10")
        let custom = try #require(byRange["A2:A6"])
        #expect(custom["type"] as? String == "custom")
        #expect(custom["formula1"] as? String == "COUNTIF($A$2:$A$6,A2)=1")
        let spilled = try #require(byRange["H2:H6"])
        #expect(spilled["type"] as? String == "list")
        #expect(spilled["formula1"] as? String == "リスト!$A$1:$A$40" || spilled["formula1"] as? String == "'リスト'!$A$1:$A$40")
        #expect(spilled["prompt"] as? String == "長い一覧は別シートから読みます。")
        let listColumn = try #require(json["listColumn"] as? [Any])
        #expect(listColumn.first as? String == "選択肢その1番")
        #expect(listColumn[39] as? String == "選択肢その40番")
        #expect(listColumn[40] is NSNull)

        // Conditional formats.
        let cf = try #require(json["cf"] as? [[String: Any]])
        let summary = cf.map {
            "\($0["range"] ?? "")|\($0["type"] ?? "")|\($0["operator"] as? String ?? "-")|\(($0["formula"] as? [String] ?? []).joined(separator: ";"))|\($0["text"] as? String ?? "-")"
        }
        #expect(
            Set(summary) == [
                "B2:B6|cellIs|greaterThanOrEqual|80|-",
                "B2:B6|cellIs|between|0;59|-",
                "A2:D6|expression|-|$C2=\"不合格\"|-",
                "C2:C6|expression|-|NOT(ISERROR(SEARCH(\"保留\",C2)))|-",
                "C2:C6|cellIs|equal|\"合格\"|-",
                "B2:B6|expression|-|LEN(TRIM(B2))=0|-",
            ])
        let high = try #require(cf.first { ($0["formula"] as? [String]) == ["80"] })
        #expect(high["fill"] as? String == "FFC6EFCE")
        let low = try #require(cf.first { ($0["operator"] as? String) == "between" })
        #expect(low["fontColor"] as? String == "FF9C0006")
        #expect(low["bold"] as? Bool == true)
        let failing = try #require(cf.first { ($0["type"] as? String) == "expression" })
        #expect(failing["stopIfTrue"] as? Bool == true)

        // Panes, filter, merge, sizes, view.
        #expect(json["freeze"] as? String == "A2")
        #expect(json["autofilter"] as? String == "A1:D6")
        #expect(json["merged"] as? [String] == ["A11:D11"])
        #expect((json["colWidths", "A"] as? [Any])?.first as? Double == 20.7109375 || (json["colWidths", "A"] as? [Any])?.first as? Double == 20)
        #expect((json["colWidths", "F"] as? [Any])?.last as? Bool == true)
        #expect(json["rowHeights", "11"] as? Double == 30)
        #expect(json["zoom"] as? Int == 120)
        #expect(json["selection"] as? String == "B2")
        #expect(json["tabColor"] as? String == "FF4472C4")

        // Print setup.
        #expect(json["pageSetup", "orientation"] as? String == "landscape")
        #expect(json["pageSetup", "paperSize"] as? Int == 9)
        #expect(json["pageSetup", "fitToWidth"] is NSNull)  // fitToWidth="1" is the default and left out
        #expect(json["pageSetup", "fitToHeight"] as? Int == 0)
        #expect(json["pageSetup", "fitToPage"] as? Bool == true)
        #expect(json["printOptions", "horizontalCentered"] as? Bool == true)
        #expect(json["printOptions", "gridLines"] as? Bool == true)
        #expect(json["margins", "left"] as? Double == 0.5)
        #expect(json["margins", "top"] as? Double == 0.75)
        #expect(json["printTitleRows"] as? String == "$1:$1")
        #expect((json["printArea"] as? String)?.hasSuffix("!$A$1:$D$11") == true)
        #expect(json["header", "center"] as? String == "令和7年度 DX認定 集計表")
        #expect(json["header", "centerFont"] as? String == "游ゴシック,太字")
        #expect(json["footer", "left"] as? String == "&A")
        #expect(json["footer", "center"] as? String == "&P / &N")
        #expect(json["footer", "right"] as? String == "A&&B課")

        // Protection and locked cells.
        #expect(json["protection", "sheet"] as? Bool == true)
        #expect(json["protection", "password"] as? String == "CC1A")
        #expect(json["protection", "formatColumns"] as? Bool == false)
        #expect(json["protection", "formatCells"] as? Bool == true)
        #expect(json["protection", "selectLockedCells"] as? Bool == true)
        #expect(json["protection", "selectUnlockedCells"] as? Bool == false)
        #expect(json["locked"] as? [String: Bool] == ["A2": true, "B2": false, "B6": false, "C2": true])

        // Styles and the workbook's default font.
        #expect(font(json, "A1") == "游ゴシック 11.0 bold")
        #expect(font(json, "A2") == "游ゴシック 11.0 regular")
        #expect(font(json, "A11") == "ＭＳ Ｐゴシック 9.0 regular")
        #expect(json["fill"] as? String == "FFDDEBF7")
        #expect(json["numberFormats", "B2"] as? String == "0")
        #expect(json["numberFormats", "D2"] as? String == "yyyy\"年\"m\"月\"d\"日\"")

        // Notes, names, properties.
        #expect(json["comments", "A1"] as? [String] == ["氏名は戸籍上の表記で入力してください。", "DX推進課"])
        #expect(json["definedNames", "合格点"] as? String == "60")
        #expect(json["definedNames", "名簿"] as? String == "'集計 表'!$A$2:$A$6")
        #expect(json["custom", "年度"] as? String == "令和7年度")
        #expect(json["custom", "件数"] as? Double == 5)
        #expect(json["custom", "確定"] as? Bool == true)
        #expect(json["custom", "締切"] as? String == "2025-04-01T00:00:00")
        #expect(json["core", "title"] as? String == "DX認定 集計")
        #expect(json["core", "subject"] as? String == "令和7年度")
        #expect(json["core", "keywords"] as? String == "DX, 認定")
        #expect(json["core", "description"] as? String == "自動作成")
        #expect(json["core", "created"] as? String == "2025-04-01T00:00:00")
        #expect(json["core", "modified"] as? String == "2025-04-01T00:00:00")
    }

    private func font(_ json: [String: Any], _ cell: String) -> String {
        guard let parts = json["fonts", cell] as? [Any], parts.count == 3,
            let name = parts[0] as? String, let size = parts[1] as? Double, let bold = parts[2] as? Bool
        else { return "?" }
        return "\(name) \(size) \(bold ? "bold" : "regular")"
    }

    @Test("charts are in the package with quoted Japanese sheet names in the series formulas")
    func chartsAreWritten() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("全機能.xlsx")
        try EveryFeatureWorkbook.write(to: path)

        let column = try #require(try Python.part("xl/charts/chart1.xml", in: path))
        #expect(column.contains("<c:barDir val=\"col\"/>"))
        #expect(column.contains("<c:f>'集計 表'!$A$2:$A$6</c:f>"))
        #expect(column.contains("<c:f>'集計 表'!$B$2:$B$6</c:f>"))
        #expect(column.contains("<c:f>'集計 表'!$B$1</c:f>"))
        #expect(column.contains("点数の分布"))
        #expect(column.contains("<c:legendPos val=\"b\"/>"))
        #expect(column.contains("<c:max val=\"100\"/>"))
        #expect(column.contains("typeface=\"游ゴシック\""))
        // The cache holds the written values, so viewers without recalculation show the bars.
        #expect(column.contains("<c:v>85</c:v>"))
        #expect(column.contains("<c:v>山田 太郎</c:v>"))

        let pie = try #require(try Python.part("xl/charts/chart2.xml", in: path))
        #expect(pie.contains("<c:pieChart>"))
        #expect(pie.contains("<c:v>合否の内訳</c:v>"))
        #expect(pie.contains("<c:showPercent val=\"1\"/>"))
        #expect(pie.contains("<a:srgbClr val=\"70AD47\"/>"))
        #expect(pie.contains("<a:srgbClr val=\"000000\"/>"))

        let drawing1 = try #require(try Python.part("xl/drawings/drawing1.xml", in: path))
        #expect(drawing1.contains("<xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>"))
        let sheetRels = try #require(try Python.part("xl/worksheets/_rels/sheet3.xml.rels", in: path))
        #expect(sheetRels.contains("drawing"))
    }
}
