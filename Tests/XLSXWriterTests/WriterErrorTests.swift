import Foundation
import Testing

@testable import XLSXWriter

@Suite("WriterError: structured, English descriptions with location")
struct WriterErrorTests {
    @Test("descriptions say what and where, in English")
    func descriptions() {
        let at = WriterError.Location(path: "out/報告.xlsx", sheet: "集計", cell: "C3")
        #expect(at.description == #"file "out/報告.xlsx", sheet "集計", cell C3"#)
        #expect(WriterError.Location(path: "a.xlsx").description == #"file "a.xlsx""#)
        let long = WriterError.textTooLong(field: .inputTitle, length: 33, limit: 32, unit: .characters, at: at)
        #expect(long.description == "inputTitle too long: 33 > 32 characters [out/報告.xlsx 集計 C3]")
        let library = WriterError.library(
            call: "workbook_close", failure: .creatingFile, detail: "Error creating output xlsx file. Usually a permissions error.",
            at: .init(path: "a.xlsx"))
        #expect(
            library.description == "workbook_close failed: creatingFile — Error creating output xlsx file. Usually a permissions error. [a.xlsx - -]")
        #expect(WriterError.fileNotWritten(path: "a.xlsx").description.hasSuffix("a.xlsx is missing, empty or not a ZIP"))
        #expect(WriterError.invalidReference(text: "B0").description == #"not a cell/range reference: "B0""#)
        let argument = WriterError.invalidArgument(field: .date, problem: .noSuchDay(year: 2025, month: 2, day: 29), at: at)
        #expect(argument.description == "invalid date: 2025-2 has no day 29 [out/報告.xlsx 集計 C3]")
        #expect(String(describing: long) == long.description)
    }

    @Test("every argument problem has its own English description")
    func argumentProblems() {
        let problems: [WriterError.ArgumentProblem] = [
            .emptyText, .emptyFormula, .emptyName, .emptyReference, .emptyFontName, .containsNUL, .passwordNotASCII,
            .pictureInHeaderFooter, .nameContainsWhitespace, .nameStartsBadly, .nameLooksLikeCell("A1"), .nameReserved("R"),
            .nameContainsExclamation, .nameAlreadyDefined("x"), .numberNotFinite(.nan), .propertyNumberNotFinite(.infinity),
            .conditionValueNotFinite(-.infinity), .boundNotFinite, .minimumAboveMaximum(minimum: 2, maximum: 1),
            .startAfterEnd(start: SheetDateTime(year: 2025, month: 4, day: 2), end: SheetDateTime(year: 2025, month: 4, day: 1)),
            .negativeTextLength, .fontSizeOutOfRange(500), .indentOutOfRange(251), .rotationOutOfRange(91), .noteSizeOutOfRange(0),
            .columnWidthOutOfRange(256), .rowHeightOutOfRange(410), .zoomOutOfRange(5), .paperCodeOutOfRange(256),
            .pageCountOutOfRange(width: -1, height: 0), .printScaleOutOfRange(401), .marginOutOfRange(50),
            .chartStyleOutOfRange(49),
            .scaleNotPositive, .creationDateOutOfRange, .yearOutOfRange(1899), .monthOutOfRange(13),
            .noSuchDay(year: 2025, month: 2, day: 29), .invalidTime(hour: 24, minute: 0, second: 0), .singleCellMerge("E5"),
            .nothingToFreeze, .allSheetsHidden, .tooManyValidations(limit: 255), .emptyList, .listItemWithSeparator("a,b"),
            .listItemWithNUL("a"), .conditionWithoutFormula, .noAxesOnPieChart, .axisMinimumNotBelowMaximum(minimum: 1, maximum: 1),
            .axisUnitNotPositive, .chartFromAnotherWorkbook, .chartWithoutSeries, .missingTemporaryDirectory("/nope"),
            .tooManyPageBreaks(count: 1024, limit: 1023), .pageBreakRowOutOfRange(0),
        ]
        let texts = problems.map(\.description)
        #expect(Set(texts).count == problems.count, "no two problems read alike")
        #expect(texts.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) }, "English only")
        #expect(
            WriterError.ArgumentProblem.startAfterEnd(
                start: SheetDateTime(year: 2025, month: 4, day: 2),
                end: SheetDateTime(year: 2025, month: 4, day: 1)
            ).description
                == "start 2025-04-02 is after end 2025-04-01")
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
    }
}
