import Foundation
import Testing

@testable import XLSXWriter

@Suite("XLSXChart: series, titles, insertion")
struct XLSXChartTests {
    @Test("series on sheets with spaces, Japanese and apostrophes are quoted and cached")
    func quotedSeries() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("chart.xlsx")
        let wb = try XLSXWorkbook(path: path)
        let data = try wb.addWorksheet(name: "O'Brien の 集計")
        for (i, (label, value)) in [("4月", 10.0), ("5月", 12.5), ("6月", 9.0)].enumerated() {
            try data.write(label, at: CellAddress(row: i + 1, column: 0))
            try data.write(value, at: CellAddress(row: i + 1, column: 1))
        }
        try data.write("件数", at: CellAddress(row: 0, column: 1))
        let line = try wb.addChart(.line)
        try line.addSeries(
            ChartSeries(
                name: .cell(sheet: data.name, CellAddress(row: 0, column: 1)),
                categories: data.range(try RangeAddress("A2:A4")),
                values: data.range(try RangeAddress("B2:B4")),
                color: RGBColor(0xC00000), dataLabels: .init(numberFormat: "0.0", position: .above), smooth: true))
        try line.setTitle("月別件数")
        try line.setAxisTitles(category: "月", value: "件")
        try line.setStyle(10)
        try line.setFont(name: "ＭＳ Ｐゴシック")
        try line.setLegend(.none)
        try data.insertChart(line, at: try CellAddress("D2"), placement: ChartPlacement(xOffset: 10, yOffset: 5, xScale: 1.5, yScale: 1))
        try wb.close()

        let xml = try #require(try Python.part("xl/charts/chart1.xml", in: path))
        #expect(xml.contains("<c:lineChart>"))
        #expect(xml.contains("<c:f>'O''Brien の 集計'!$A$2:$A$4</c:f>"))
        #expect(xml.contains("<c:f>'O''Brien の 集計'!$B$2:$B$4</c:f>"))
        #expect(xml.contains("<c:f>'O''Brien の 集計'!$B$1</c:f>"))
        #expect(xml.contains("<c:v>件数</c:v>"))
        #expect(xml.contains("<c:v>12.5</c:v>"))
        #expect(xml.contains("<c:v>5月</c:v>"))
        #expect(xml.contains("月別件数"))
        #expect(xml.contains("<c:smooth val=\"1\"/>"))
        #expect(xml.contains("<c:dLblPos val=\"t\"/>"))
        #expect(xml.contains("formatCode=\"0.0\""))
        #expect(xml.contains("<a:srgbClr val=\"C00000\"/>"))
        #expect(xml.contains("<c:style val=\"10\"/>"))
        #expect(xml.contains("typeface=\"ＭＳ Ｐゴシック\""))
        #expect(!xml.contains("<c:legend>"))
        let drawing = try #require(try Python.part("xl/drawings/drawing1.xml", in: path))
        #expect(
            drawing.contains(
                "<xdr:from><xdr:col>3</xdr:col><xdr:colOff>95250</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>47625</xdr:rowOff></xdr:from>"))
    }

    @Test("a dashed series and markers: the dash type, the marker shape, size (kept within 2–72) and colour")
    func dashAndMarkers() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("chart.xlsx")
        let wb = try XLSXWorkbook(path: path)
        let data = try wb.addWorksheet(name: "データ")
        try data.write("R7", at: CellAddress(row: 0, column: 0))
        try data.write(12, at: CellAddress(row: 0, column: 1))
        try data.write(60, at: CellAddress(row: 0, column: 2))
        let line = try wb.addChart(.line)
        try line.addSeries(
            ChartSeries(
                name: .text("実績"), categories: data.range(try RangeAddress("A1")), values: data.range(try RangeAddress("B1")),
                color: RGBColor(0x4472C4), marker: .init(.circle, size: 99)))
        try line.addSeries(
            ChartSeries(
                name: .text("目標"), categories: data.range(try RangeAddress("A1")), values: data.range(try RangeAddress("C1")),
                color: RGBColor(0x4472C4), dash: .dash, marker: .init(.none)))
        try data.insertChart(line, at: try CellAddress("E2"))
        try wb.close()

        let xml = try #require(try Python.part("xl/charts/chart1.xml", in: path))
        #expect(xml.contains("<a:prstDash val=\"dash\"/>"))
        #expect(xml.contains("<c:symbol val=\"circle\"/><c:size val=\"72\"/>"))
        #expect(xml.contains("<c:symbol val=\"none\"/>"))
        #expect(xml.components(separatedBy: "<a:srgbClr val=\"4472C4\"/>").count - 1 >= 4, "lines and the marker's fill and border")
    }

    @Test("unknown sheets, empty charts, double insertion and axes on pies are refused")
    func refusals() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("chart.xlsx")
        let wb = try XLSXWorkbook(path: path)
        let sheet = try wb.addWorksheet(name: "データ")
        try sheet.write(1, at: CellAddress(row: 0, column: 0))
        let chart = try wb.addChart(.column)
        #expect(
            throws: WriterError.invalidArgument(field: .chartSeries, problem: .chartWithoutSeries, at: .init(path: path, sheet: "データ", cell: "C3"))
        ) {
            try sheet.insertChart(chart, at: try CellAddress("C3"))
        }
        #expect(throws: WriterError.unknownSheet(name: "ない", at: .init(path: path))) {
            try chart.addSeries(ChartSeries(values: SheetRange(sheet: "ない", range: try RangeAddress("A1:A3"))))
        }
        #expect(throws: WriterError.cellOutOfRange(at: .init(path: path, sheet: "データ", cell: "A1:A1048577"))) {
            try chart.addSeries(
                ChartSeries(values: SheetRange(sheet: "データ", range: RangeAddress(firstRow: 0, firstColumn: 0, lastRow: 1_048_576, lastColumn: 0))))
        }
        #expect(chart.seriesCount == 0)
        try chart.addSeries(ChartSeries(values: sheet.range(try RangeAddress("A1"))))
        try sheet.insertChart(chart, at: try CellAddress("C3"))
        #expect(throws: WriterError.chartAlreadyInserted(at: .init(path: path, sheet: "データ", cell: "C20"))) {
            try sheet.insertChart(chart, at: try CellAddress("C20"))
        }
        let pie = try wb.addChart(.pie)
        #expect(throws: WriterError.self) { try pie.setAxisTitles(category: "x", value: nil) }
        #expect(throws: WriterError.self) { try pie.setStyle(49) }
        let bar = try wb.addChart(.bar)
        #expect(throws: WriterError.self) { try bar.setValueAxis(minimum: 10, maximum: 5) }
        try bar.addSeries(ChartSeries(values: sheet.range(try RangeAddress("A1"))))
        #expect(throws: WriterError.self) { try sheet.insertChart(bar, at: try CellAddress("J1"), placement: ChartPlacement(xScale: 0)) }
        try wb.close()
        #expect(try Python.partNames(in: path).filter { $0.hasPrefix("xl/charts/") } == ["xl/charts/chart1.xml"])
    }
}
