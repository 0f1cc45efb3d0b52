import Foundation

@testable import XLSXWriter

/// Writes one workbook that uses every feature of the wrapper, so that one read-back can check
/// them all and two runs can be compared byte for byte.
enum EveryFeatureWorkbook {
    static let mainSheet = "集計 表"
    static let listSheet = "リスト"
    static let chartSheet = "グラフ"
    static let names = ["山田 太郎", "佐藤 花子", "鈴木 一郎", "高橋 美咲", "田中 健"]
    static let scores: [Double] = [85, 42, 60, 91, 73]
    static let longChoices = (1...40).map { "選択肢その\($0)番" }
    static let created = Date(timeIntervalSince1970: 1_743_465_600)  // 2025-04-01T00:00:00Z

    static func write(to path: String) throws {
        let wb = try XLSXWorkbook(path: path, options: WorkbookOptions(defaultFont: .yuGothic))
        let sheet = try wb.addWorksheet(name: mainSheet)
        let lists = try wb.addWorksheet(name: listSheet)
        let charts = try wb.addWorksheet(name: chartSheet)

        let heading = CellStyle(
            bold: true, fillColor: RGBColor(0xDDEBF7), borders: .all(.init(.thin)),
            horizontalAlignment: .center, verticalAlignment: .center)
        let input = CellStyle(borders: .all(.init(.thin)), numberFormat: "0", locked: false)
        let dateStyle = CellStyle(borders: .all(.init(.thin)), numberFormat: "yyyy\"年\"m\"月\"d\"日\"")
        let note = CellStyle(fontName: "ＭＳ Ｐゴシック", fontSize: 9, fontColor: .red, verticalAlignment: .top, wrapText: true)

        for (column, title) in ["氏名", "点数", "合否", "受付日"].enumerated() {
            try sheet.write(title, at: CellAddress(row: 0, column: column), style: heading)
        }
        try sheet.write(true, at: CellAddress(row: 0, column: 4))
        for (i, name) in names.enumerated() {
            let row = i + 1
            try sheet.write(name, at: CellAddress(row: row, column: 0))
            try sheet.write(scores[i], at: CellAddress(row: row, column: 1), style: input)
            try sheet.writeFormula(
                "=IF(B\(row + 1)>=60,\"合格\",\"不合格\")", at: CellAddress(row: row, column: 2),
                result: .text(scores[i] >= 60 ? "合格" : "不合格"))
            try sheet.write(SheetDateTime(year: 2025, month: 4, day: 1 + i), at: CellAddress(row: row, column: 3), style: dateStyle)
        }
        try sheet.write("合計", at: CellAddress(row: 6, column: 0), style: heading)
        try sheet.writeFormula("=SUM(B2:B6)", at: CellAddress(row: 6, column: 1), result: .number(scores.reduce(0, +)))
        try sheet.writeURL("https://www.city.example.lg.jp/dx/", at: try CellAddress("A9"), text: "市のDX推進ページ", tooltip: "ブラウザで開きます")
        try sheet.mergeRange(try RangeAddress("A11:D11"), value: .text("注意事項：点数は0〜100の整数で入力してください。"), style: note)
        try sheet.writeNote("氏名は戸籍上の表記で入力してください。", at: try CellAddress("A1"), options: NoteOptions(author: "DX推進課"))

        try sheet.setColumn(0, width: 20)
        try sheet.setColumns(first: 1, last: 3, width: 12)
        try sheet.setColumn(5, hidden: true)
        try sheet.setRow(10, height: 30)
        try sheet.freezePanes(row: 1, column: 0)
        try sheet.autofilter(try RangeAddress("A1:D6"))
        try sheet.setSelection(try RangeAddress("B2"))
        try sheet.setZoom(120)
        try sheet.setTabColor(RGBColor(0x4472C4))

        try sheet.addDataValidation(
            DataValidation(
                .list(["合格", "不合格", "保留"]),
                inputTitle: "合否の選択", inputMessage: "一覧から選んでください。",
                errorTitle: "入力エラー", errorMessage: "合格・不合格・保留のいずれかを選んでください。"),
            to: try RangeAddress("C2:C6"))
        try sheet.addDataValidation(
            DataValidation(
                .wholeNumber(.between(0, 100)),
                errorTitle: "点数の範囲", errorMessage: "0〜100の整数を入力してください。"),
            to: try RangeAddress("B2:B6"))
        try sheet.addDataValidation(
            DataValidation(
                .date(
                    .between(
                        SheetDateTime(year: 2025, month: 4, day: 1),
                        SheetDateTime(year: 2026, month: 3, day: 31))),
                errorMessage: "令和7年度の日付を入力してください。", errorStyle: .warning),
            to: try RangeAddress("D2:D6"))
        try sheet.addDataValidation(DataValidation(.decimal(.greaterThan(0)), errorStyle: .information), to: try RangeAddress("E2:E6"))
        try sheet.addDataValidation(DataValidation(.textLength(.lessThanOrEqual(10))), to: try RangeAddress("F2:F6"))
        try sheet.addDataValidation(DataValidation(.custom(formula: "=COUNTIF($A$2:$A$6,A2)=1")), to: try RangeAddress("A2:A6"))
        try sheet.addDataValidation(
            DataValidation(.list(longChoices), inputMessage: "長い一覧は別シートから読みます。"),
            to: try RangeAddress("H2:H6"),
            spillingListTo: ListSpill(sheet: lists, start: CellAddress(row: 0, column: 0)))

        try sheet.addConditionalFormat(
            ConditionalFormat(
                .cellValue(.greaterThanOrEqual(.number(80))),
                style: CellStyle(fillColor: RGBColor(0xC6EFCE))),
            to: try RangeAddress("B2:B6"))
        try sheet.addConditionalFormat(
            ConditionalFormat(
                .cellValue(.between(.number(0), .number(59))),
                style: CellStyle(bold: true, fontColor: RGBColor(0x9C0006))),
            to: try RangeAddress("B2:B6"))
        try sheet.addConditionalFormat(
            ConditionalFormat(.formula("=$C2=\"不合格\""), style: CellStyle(fillColor: RGBColor(0xFFC7CE)), stopIfTrue: true),
            to: try RangeAddress("A2:D6"))
        try sheet.addConditionalFormat(ConditionalFormat(.textContains("保留"), style: CellStyle(italic: true)), to: try RangeAddress("C2:C6"))
        try sheet.addConditionalFormat(
            ConditionalFormat(.cellValue(.equal(.text("合格"))), style: CellStyle(underline: .single)),
            to: try RangeAddress("C2:C6"))
        try sheet.addConditionalFormat(ConditionalFormat(.blanks, style: CellStyle(fillColor: RGBColor(0xFFEB9C))), to: try RangeAddress("B2:B6"))

        try sheet.setLandscape()
        try sheet.setPaper(.a4)
        try sheet.fitToPages(width: 1, height: 0)
        try sheet.repeatRows(first: 0, last: 0)
        try sheet.setHeader(HeaderFooter(center: [.font(name: "游ゴシック", style: "太字"), .text("令和7年度 DX認定 集計表")]))
        try sheet.setFooter(HeaderFooter(left: [.sheetName], center: [.pageNumber, .text(" / "), .pageCount], right: [.text("A&B課")]))
        try sheet.setMargins(left: 0.5, right: 0.5, top: 0.75, bottom: 0.75)
        try sheet.setPrintArea(try RangeAddress("A1:D11"))
        try sheet.centerHorizontally()
        try sheet.setPrintGridlines(true)
        try sheet.protect(password: "abc", options: SheetProtection(selectLockedCells: false, formatColumns: true))

        try lists.hide()

        let column = try wb.addChart(.column)
        try column.addSeries(
            ChartSeries(
                name: .cell(sheet: mainSheet, CellAddress(row: 0, column: 1)),
                categories: sheet.range(try RangeAddress("A2:A6")),
                values: sheet.range(try RangeAddress("B2:B6")),
                color: RGBColor(0x4472C4), dataLabels: .init()))
        try column.setTitle("点数の分布")
        try column.setAxisTitles(category: "氏名", value: "点数")
        try column.setValueAxis(minimum: 0, maximum: 100, majorUnit: 20)
        try column.setLegend(.bottom)
        try sheet.insertChart(column, at: try CellAddress("J2"), placement: ChartPlacement(width: 640, height: 320))

        let pie = try wb.addChart(.pie)
        try pie.addSeries(
            ChartSeries(
                name: .text("合否の内訳"),
                categories: try SheetRange("'集計 表'!$A$2:$A$3"),
                values: try SheetRange("='集計 表'!$B$2:$B$3"),
                pointColors: [RGBColor(0x70AD47), .black],
                dataLabels: .init(value: false, category: true, percentage: true)))
        try pie.setTitle("合否の内訳")
        try charts.insertChart(pie, at: try CellAddress("B2"))
        try charts.activate()
        try sheet.activate()

        try wb.setProperties(
            WorkbookProperties(
                title: "DX認定 集計", subject: "令和7年度", author: "DX推進課",
                manager: "課長", company: "サンプル市", category: "認定",
                keywords: "DX, 認定", comments: "自動作成", created: created))
        try wb.setCustomProperty("年度", .text("令和7年度"))
        try wb.setCustomProperty("件数", .number(5))
        try wb.setCustomProperty("確定", .boolean(true))
        try wb.setCustomProperty("締切", .date(created))
        try wb.defineName("合格点", refersTo: "=60")
        try wb.defineName("名簿", refersTo: sheet.range(try RangeAddress("A2:A6")))
        try wb.close()
    }

    /// openpyxl's view of the workbook as JSON.
    static let openpyxlScript = #"""
        import sys, json, datetime, warnings
        warnings.simplefilter("ignore")
        import openpyxl
        path = sys.argv[1]
        wb = openpyxl.load_workbook(path)
        wbv = openpyxl.load_workbook(path, data_only=True)
        def js(v):
            if isinstance(v, (datetime.datetime, datetime.date)):
                return v.isoformat()
            return v
        out = {}
        out["sheets"] = wb.sheetnames
        out["states"] = {ws.title: ws.sheet_state for ws in wb.worksheets}
        out["active"] = wb.active.title
        ws = wb[sys.argv[2]]
        wsv = wbv[sys.argv[2]]
        out["values"] = {c.coordinate: js(c.value) for row in ws.iter_rows() for c in row if c.value is not None}
        out["cached"] = {c.coordinate: js(c.value) for row in wsv.iter_rows() for c in row if c.value is not None}
        out["dv"] = [{"sqref": str(dv.sqref), "type": dv.type, "operator": dv.operator, "formula1": dv.formula1,
                      "formula2": dv.formula2, "promptTitle": dv.promptTitle, "prompt": dv.prompt,
                      "errorTitle": dv.errorTitle, "error": dv.error, "errorStyle": dv.errorStyle,
                      "allowBlank": dv.allow_blank, "showInput": dv.showInputMessage, "showError": dv.showErrorMessage}
                     for dv in ws.data_validations.dataValidation]
        cf = []
        for rng in ws.conditional_formatting:
            for r in rng.rules:
                d = {"range": str(rng.sqref), "type": r.type, "operator": r.operator, "formula": list(r.formula or []),
                     "text": r.text, "stopIfTrue": r.stopIfTrue, "priority": r.priority}
                if r.dxf is not None:
                    d["fill"] = r.dxf.fill.bgColor.rgb if r.dxf.fill is not None and r.dxf.fill.bgColor is not None else None
                    d["fontColor"] = r.dxf.font.color.rgb if r.dxf.font is not None and r.dxf.font.color is not None else None
                    d["bold"] = r.dxf.font.b if r.dxf.font is not None else None
                cf.append(d)
        out["cf"] = cf
        out["freeze"] = ws.freeze_panes
        out["autofilter"] = ws.auto_filter.ref
        out["printTitleRows"] = ws.print_title_rows
        out["printArea"] = ws.print_area
        ps = ws.page_setup
        out["pageSetup"] = {"orientation": ps.orientation, "paperSize": ps.paperSize, "fitToWidth": ps.fitToWidth,
                            "fitToHeight": ps.fitToHeight, "fitToPage": ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None}
        po = ws.print_options
        out["printOptions"] = {"horizontalCentered": po.horizontalCentered, "gridLines": po.gridLines}
        pm = ws.page_margins
        out["margins"] = {"left": pm.left, "right": pm.right, "top": pm.top, "bottom": pm.bottom}
        out["header"] = {"center": ws.oddHeader.center.text, "centerFont": ws.oddHeader.center.font}
        out["footer"] = {"left": ws.oddFooter.left.text, "center": ws.oddFooter.center.text, "right": ws.oddFooter.right.text}
        out["merged"] = sorted(str(r) for r in ws.merged_cells.ranges)
        p = ws.protection
        out["protection"] = {"sheet": p.sheet, "password": p.password, "formatColumns": p.formatColumns,
                             "formatCells": p.formatCells, "selectLockedCells": p.selectLockedCells,
                             "selectUnlockedCells": p.selectUnlockedCells}
        out["locked"] = {c: ws[c].protection.locked for c in ["A2", "B2", "B6", "C2"]}
        out["fonts"] = {c: [ws[c].font.name, ws[c].font.sz, ws[c].font.b] for c in ["A1", "A2", "A11"]}
        out["fill"] = ws["A1"].fill.fgColor.rgb
        out["numberFormats"] = {c: ws[c].number_format for c in ["B2", "D2"]}
        out["colWidths"] = {k: [v.width, v.hidden] for k, v in ws.column_dimensions.items()}
        out["rowHeights"] = {str(k): v.height for k, v in ws.row_dimensions.items() if v.height is not None}
        out["comments"] = {c.coordinate: [c.comment.text, c.comment.author] for row in ws.iter_rows() for c in row if c.comment is not None}
        out["hyperlink"] = ws["A9"].hyperlink.target if ws["A9"].hyperlink else None
        out["tabColor"] = ws.sheet_properties.tabColor.rgb if ws.sheet_properties.tabColor else None
        out["zoom"] = ws.sheet_view.zoomScale
        out["selection"] = ws.sheet_view.selection[0].sqref if ws.sheet_view.selection else None
        out["definedNames"] = {name: dn.attr_text for name, dn in wb.defined_names.items()}
        out["custom"] = {prop.name: js(prop.value) for prop in wb.custom_doc_props.props}
        pr = wb.properties
        out["core"] = {"title": pr.title, "subject": pr.subject, "creator": pr.creator, "keywords": pr.keywords,
                       "description": pr.description, "category": pr.category,
                       "created": js(pr.created), "modified": js(pr.modified)}
        lists = wb[sys.argv[3]]
        out["listColumn"] = [lists.cell(row=i, column=1).value for i in range(1, 45)]
        print(json.dumps(out, ensure_ascii=False))
        """#
}
