import Foundation
import Testing
@testable import XLSXWriter

@Suite("WriterError: Japanese messages with location and technical detail")
struct WriterErrorTests {
    @Test("messages say what, where and what to do")
    func messages() {
        let at = WriterError.Location(path: "out/報告.xlsx", sheet: "集計", cell: "C3")
        #expect(at.description == "ファイル「out/報告.xlsx」シート「集計」セル C3")
        let long = WriterError.textTooLong(field: .inputTitle, length: 33, limit: 32, unit: .characters, at: at)
        #expect(long.message == "入力規則の入力時メッセージのタイトルが長すぎます（33文字、上限32文字）。ファイル「out/報告.xlsx」シート「集計」セル C3。切り詰めずに中止しました。短くしてください。")
        let bytes = WriterError.textTooLong(field: .definedName, length: 129, limit: 127, unit: .utf8Bytes, at: .init(path: "a.xlsx"))
        #expect(bytes.message.contains("129バイト、上限127バイト（UTF-8で数えます。漢字・かなは1文字3バイト）"))
        let library = WriterError.library(call: "workbook_close", failure: .creatingFile, detail: "Error creating output xlsx file. Usually a permissions error.", at: .init(path: "a.xlsx"))
        #expect(library.message == "Excelファイルを作成できませんでした（ファイル「a.xlsx」）。出力ファイルを作成できません。保存先フォルダがあるか、書き込み権限があるか、同じファイルをExcelで開いていないか確認してください。")
        #expect(library.technicalDetail.contains("workbook_close failed"))
        #expect(library.technicalDetail.contains("Error creating output xlsx file"))
        #expect(WriterError.fileNotWritten(path: "a.xlsx").message.hasPrefix("ファイル「a.xlsx」が正しく書き込まれませんでした"))
        #expect(WriterError.invalidReference(text: "B0").message.hasPrefix("「B0」はセル番地"))
        #expect(String(describing: long).contains("inputTitle too long: 33 > 32"))
    }

    @Test("every libxlsxwriter 1.1.4 error code maps to its own case with the library's text")
    func libraryCodes() {
        // LXW_ERROR_MEMORY_MALLOC_FAILED (1) … LXW_ERROR_IMAGE_DIMENSIONS (26); LXW_MAX_ERRNO is 27.
        let failures = (1...26).map { code in WriterError.LibraryFailure(lxwCode: code) }
        #expect(Set(failures.map { "\($0)" }).count == 26, "no two codes share a case")
        #expect(!failures.contains { if case .unknown = $0 { return true } else { return false } })
        #expect(WriterError.LibraryFailure(lxwCode: 2) == .creatingFile)
        #expect(WriterError.LibraryFailure(lxwCode: 23) == .worksheetIndexOutOfRange)
        #expect(WriterError.LibraryFailure(lxwCode: 26) == .imageDimensions)
        #expect(WriterError.LibraryFailure(lxwCode: 99) == .unknown(code: 99))
        #expect(libraryText(lxwCode: 17) == "Worksheet name is already in use.")
        for failure in failures { #expect(!failure.japanese.isEmpty) }
    }
}
