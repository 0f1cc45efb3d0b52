import DXCertForms
import DXCertIngest
import DXCertMessages
import DXCertPipeline
import DXCertReports
import DXCertRules
import Foundation
import Testing
import XLSXWriter

/// The writer's errors as a clerk reads them (the Japanese moved out of the writer, word for word).
@Suite("WriterError: Japanese messages with location; the writer's English as detail")
struct WriterErrorMessageTests {
    @Test("messages say what, where and what to do")
    func messages() {
        let at = WriterError.Location(path: "out/報告.xlsx", sheet: "集計", cell: "C3")
        #expect(at.japanese == "ファイル「out/報告.xlsx」シート「集計」セル C3")
        #expect(WriterError.Location(path: "a.xlsx").japanese == "ファイル「a.xlsx」")
        let long = WriterError.textTooLong(field: .inputTitle, length: 33, limit: 32, unit: .characters, at: at)
        #expect(long.clerkMessage == "入力規則の入力時メッセージのタイトルが長すぎます（33文字、上限32文字）。ファイル「out/報告.xlsx」シート「集計」セル C3。切り詰めずに中止しました。短くしてください。")
        let bytes = WriterError.textTooLong(field: .definedName, length: 129, limit: 127, unit: .utf8Bytes, at: .init(path: "a.xlsx"))
        #expect(bytes.clerkMessage.contains("129バイト、上限127バイト（UTF-8で数えます。漢字・かなは1文字3バイト）"))
        let library = WriterError.library(
            call: "workbook_close", failure: .creatingFile, detail: "Error creating output xlsx file. Usually a permissions error.",
            at: .init(path: "a.xlsx"))
        #expect(library.clerkMessage == "Excelファイルを作成できませんでした（ファイル「a.xlsx」）。出力ファイルを作成できません。保存先フォルダがあるか、書き込み権限があるか、同じファイルをExcelで開いていないか確認してください。")
        #expect(library.technicalDetail?.contains("workbook_close failed") == true)
        #expect(library.technicalDetail?.contains("Error creating output xlsx file") == true)
        #expect(!library.clerkMessage.contains("Error creating"))
        #expect(WriterError.fileNotWritten(path: "a.xlsx").clerkMessage.hasPrefix("ファイル「a.xlsx」が正しく書き込まれませんでした"))
        #expect(WriterError.invalidReference(text: "B0").clerkMessage.hasPrefix("「B0」はセル番地"))
        let outside = WriterError.cellOutOfRange(at: .init(path: "a.xlsx", sheet: "範囲", cell: "A1048577"))
        #expect(outside.clerkMessage == "ファイル「a.xlsx」シート「範囲」セル A1048577 はExcelのシートの範囲（1,048,576行 × 16,384列、A1〜XFD1048576）の外です。書き込む位置を確認してください。")
        #expect(outside.technicalDetail == outside.description)
        let order = WriterError.rowAlreadyWritten(row: 2, currentRow: 9, at: .init(path: "a.xlsx", sheet: "通知", cell: "B3"))
        #expect(
            order.clerkMessage
                == "ファイル「a.xlsx」シート「通知」セル B3 に書き込めませんでした。このシートは上の行から順に書き出していて、すでに10行目まで進んだため、3行目には戻れません（プログラムの不具合です）。")
        #expect(order.technicalDetail?.hasPrefix("row 3 written after row 10 in constant-memory mode") == true)
    }

    @Test("a sheet name's problem, in Japanese")
    func sheetName() {
        let message = WriterError.invalidSheetName(name: "a/b", problem: .forbiddenCharacter("/"), path: "/tmp/never-closed.xlsx").clerkMessage
        #expect(message == "シート名「a/b」は使えません（ファイル「/tmp/never-closed.xlsx」）。シート名に「/」は使えません（使えない文字: [ ] : * ? / \\）。")
        #expect(WriterError.SheetNameProblem.tooLong(length: 32).japanese == "シート名は31文字以内にしてください（現在32文字）。")
    }

    @Test("a refused value, in Japanese, with the field's name")
    func invalidArguments() {
        let at = WriterError.Location(path: "p.xlsx", sheet: "S", cell: "A1")
        #expect(
            WriterError.invalidArgument(field: .date, problem: .noSuchDay(year: 2025, month: 2, day: 29), at: at).clerkMessage
                == "日付の指定が正しくありません（ファイル「p.xlsx」シート「S」セル A1）：2025年2月に29日はありません。")
        let cases: [(WriterError.ArgumentProblem, String)] = [
            (.monthOutOfRange(13), "月は1〜12で指定してください（13月）。"),
            (.missingTemporaryDirectory("/tmp/no-tmp"), "一時フォルダ「/tmp/no-tmp」がありません。"),
            (.nameAlreadyDefined("基準日"), "名前「基準日」はすでに定義されています。"),
            (.chartWithoutSeries, "グラフに系列がありません。addSeriesで系列を追加してください。"),
            (.singleCellMerge("E5"), "1つのセルだけは結合できません（E5）。"),
            (.allSheetsHidden, "すべてのシートを非表示にはできません。少なくとも1枚は表示してください。"),
            (.numberNotFinite(.infinity), "数値が有限ではありません（inf）。Excelには無限大や非数（NaN）を保存できません。"),
            (.fontSizeOutOfRange(500), "フォントサイズは1〜409ポイントで指定してください（500.0）。"),
            (.containsNUL, "文字列にNUL文字（\\0）が含まれています。"),
            (
                .startAfterEnd(start: SheetDateTime(year: 2025, month: 4, day: 2), end: SheetDateTime(year: 2025, month: 4, day: 1)),
                "開始日（2025-04-02）が終了日（2025-04-01）より後です。"
            ),
            (.tooManyValidations(limit: 255), "1つのシートに設定できる入力規則は255個までです。同じ規則は範囲をまとめて設定してください。"),
        ]
        for (problem, japanese) in cases { #expect(problem.japanese == japanese) }
    }

    @Test("every libxlsxwriter failure has a Japanese explanation")
    func libraryFailures() {
        let failures: [WriterError.LibraryFailure] = [
            .memory, .creatingFile, .creatingTemporaryFile, .readingTemporaryFile, .zipFileOperation, .zipParameter, .zipBadFile,
            .zipInternal, .zipFileAdd, .zipClose, .featureNotSupported, .nullParameterIgnored, .parameterValidation, .sheetNameTooLong,
            .sheetNameInvalidCharacter, .sheetNameApostrophe, .sheetNameInUse, .stringLongerThan32, .stringLongerThan128,
            .stringLongerThan255, .stringLongerThanCellLimit, .sharedStringIndexNotFound, .worksheetIndexOutOfRange, .urlTooLong,
            .tooManyURLs, .imageDimensions, .unknown(code: 99),
        ]
        for failure in failures { #expect(!failure.japanese.isEmpty) }
        #expect(WriterError.LibraryFailure.unknown(code: 99).japanese == "不明なエラー（コード99）が発生しました。")
    }

    @Test("a failing close: the clerk's message is Japanese, libxlsxwriter's text only in the detail")
    func failingClose() throws {
        let folder = FixturePaths.tempDirectory("writer-messages")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("out.xlsx").path
        let workbook = try XLSXWorkbook(path: path)
        _ = try workbook.addWorksheet(name: "シート1")
        try FileManager.default.removeItem(at: folder)
        guard case .failure(let error) = Result<Void, WriterError>(catching: { () throws(WriterError) in try workbook.close() }) else {
            Issue.record("the close should fail: its folder is gone")
            return
        }
        #expect(error.clerkMessage.contains("保存先フォルダがあるか"))
        #expect(error.clerkMessage.contains(path))
        #expect(!error.clerkMessage.contains("ERROR"))
        #expect(error.technicalDetail?.contains("workbook_close") == true)
    }
}
