import Foundation
import XLSXWriter

/// The unrelated workbook of the sample: the DX office's attendance list of a smartphone
/// class for citizens (デジタル活用支援), saved into the same folder by mistake. The batch must
/// list it as 除外 and read nothing from it.
enum AttendanceList {
    static func write(to url: URL, names: inout SampleNames, year: Int, created: Date) throws {
        let workbook = try XLSXWorkbook(path: url.path, options: WorkbookOptions(defaultFont: .yuGothic))
        do {
            try workbook.setProperties(
                WorkbookProperties(
                    title: "スマホ教室 参加者名簿", author: "DX推進課",
                    company: SampleStory.organisation, created: created))
            let sheet = try workbook.addWorksheet(name: "参加者名簿")
            let border = CellStyle.Borders.all(.init(.thin))
            let header = CellStyle(bold: true, fillColor: RGBColor(0xE2EFDA), borders: border, horizontalAlignment: .center)
            let cell = CellStyle(borders: border)
            let date = CellStyle(borders: border, horizontalAlignment: .center, numberFormat: "m\"月\"d\"日\"")
            let centered = CellStyle(borders: border, horizontalAlignment: .center)
            try sheet.write(
                "デジタル活用支援　スマホ教室　参加者名簿（\(year)年度）", at: CellAddress(row: 0, column: 0),
                style: CellStyle(fontSize: 14, bold: true))
            try sheet.write("主催：みどり市DX推進課　会場：市民交流センター・各地区公民館", at: CellAddress(row: 1, column: 0))
            let headers = ["No.", "開催日", "会場", "講座", "氏名", "年代", "地区", "出欠"]
            for (column, text) in headers.enumerated() {
                try sheet.write(text, at: CellAddress(row: 3, column: column), style: header)
            }
            for (column, width) in [5.0, 10, 18, 26, 16, 8, 10, 8].enumerated() {
                try sheet.setColumn(column, width: width)
            }
            let sessions: [(Int, Int, String, String)] = [
                (6, 12, "市民交流センター", "はじめてのスマートフォン"), (7, 10, "東地区公民館", "LINEの使い方"),
                (9, 4, "市民交流センター", "マイナポータルを使ってみよう"), (10, 16, "西地区公民館", "キャッシュレス決済入門"),
            ]
            let ages = ["60代", "70代", "70代", "80代", "60代", "70代"]
            let districts = ["中央", "東", "西", "南", "北"]
            var random = SampleRandom(seed: SampleStory.seed, stream: "スマホ教室")
            var row = 4
            for (month, day, place, course) in sessions {
                for _ in 0..<5 {
                    let values: [(CellContent, CellStyle)] = [
                        (.number(Double(row - 3)), centered),
                        (.date(SheetDateTime(year: month >= 4 ? year : year + 1, month: month, day: day)), date),
                        (.text(place), cell), (.text(course), cell), (.text(names.citizen()), cell),
                        (.text(random.pick(ages)), centered), (.text(random.pick(districts)), centered),
                        (.text(random.chance(0.9) ? "出席" : "欠席"), centered),
                    ]
                    for (column, (value, style)) in values.enumerated() {
                        try sheet.write(value, at: CellAddress(row: row, column: column), style: style)
                    }
                    row += 1
                }
            }
            try sheet.freezePanes(row: 4, column: 0)
            try sheet.autofilter(RangeAddress(firstRow: 3, firstColumn: 0, lastRow: row - 1, lastColumn: headers.count - 1))
            try workbook.close()
        } catch {
            workbook.discard()
            throw error
        }
    }
}
