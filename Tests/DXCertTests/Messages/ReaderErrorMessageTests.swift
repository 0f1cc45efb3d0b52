import DXCertForms
import DXCertIngest
import DXCertMessages
import DXCertPipeline
import DXCertReports
import DXCertRules
import Foundation
import Testing

@testable import OOXMLReader

/// The reader's errors as a clerk reads them (the Japanese moved out of the reader, word for word).
@Suite("ReaderError: the clerk's Japanese message, the technical detail apart")
struct ReaderErrorMessageTests {
    @Test("every case says what, where and what to do, in the words the reports have always shown")
    func everyCase() {
        let cases: [(ReaderError, String)] = [
            (
                .unreadableFile(file: "a.xlsx", code: EACCES, operation: .opening, detail: "errno 13: Permission denied"),
                "「a.xlsx」を開けません（読み取り権限がありません）。ファイルの場所と読み取り権限を確認してください。"
            ),
            (
                .emptyFile(file: "a.xlsx"),
                "「a.xlsx」は空のファイル（0バイト）です。送信時に壊れた可能性があります。元のファイルをもう一度送ってもらってください。"
            ),
            (
                .passwordProtected(file: "a.xlsx"),
                "「a.xlsx」はパスワード付き（暗号化された）ブックのため読み取れません。パスワードを外して .xlsx 形式で保存し直してもらってください。"
            ),
            (
                .legacyBinaryWorkbook(file: "a.xlsx"),
                "「a.xlsx」は旧形式のExcelファイル（.xls など）です。Excelで開き「名前を付けて保存」で「Excel ブック (*.xlsx)」を選んで保存し直してください。"
            ),
            (
                .notXLSX(file: "a.xlsx"),
                "「a.xlsx」はExcelブック（.xlsx）ではありません。Excelで開けるか確認し、.xlsx 形式で保存し直してください。"
            ),
            (
                .brokenArchive(file: "a.xlsx", damage: .checksumMismatch(part: "xl/workbook.xml")),
                "「a.xlsx」は壊れているか途中で切れています（部品「xl/workbook.xml」のチェックサムが一致しません）。元のファイルをもう一度送ってもらってください。"
            ),
            (
                .unsupportedEntry(file: "a.xlsx", part: "xl/styles.xml", feature: .compressionMethod(12)),
                "「a.xlsx」の部品「xl/styles.xml」を読み取れません（圧縮方式 12）。Excelで開いて .xlsx 形式で保存し直してください。"
            ),
            (
                .duplicateEntry(file: "a.xlsx", part: "xl/workbook.xml"),
                "「a.xlsx」の中に同じ名前の部品「xl/workbook.xml」が複数あります。壊れたファイルです。Excelで開いて保存し直してください。"
            ),
            (
                .limitExceeded(file: "a.xlsx", part: "(ZIP)", limit: .entryCount(count: 10_001, limit: 10_000)),
                "「a.xlsx」（部品「(ZIP)」）は安全上の上限を超えています（部品数 10001 が上限 10000 を超えています）。不正なファイルの可能性があるため読み取りを中止しました。"
            ),
            (
                .missingPart(file: "a.xlsx", part: "officeDocument", role: .workbook),
                "「a.xlsx」に必要な部品「officeDocument（ブック本体）」がありません。壊れたファイルです。Excelで開いて .xlsx 形式で保存し直してください。"
            ),
            (
                .missingPart(file: "a.xlsx", part: "xl/_rels/workbook.xml.rels", role: .sheetRelationship(sheet: "名簿", relationshipID: "rId7")),
                "「a.xlsx」に必要な部品「xl/_rels/workbook.xml.rels（シート「名簿」の関係 rId7）」がありません。壊れたファイルです。Excelで開いて .xlsx 形式で保存し直してください。"
            ),
            (
                .missingPart(file: "a.xlsx", part: "_rels/.rels"),
                "「a.xlsx」に必要な部品「_rels/.rels」がありません。壊れたファイルです。Excelで開いて .xlsx 形式で保存し直してください。"
            ),
            (
                .malformedXML(file: "a.xlsx", part: "xl/workbook.xml", line: 3, detail: "Opening and ending tag mismatch"),
                "「a.xlsx」の部品「xl/workbook.xml」（3行目付近）のXMLが壊れています。元のファイルをもう一度送ってもらってください。"
            ),
            (
                .malformedXML(file: "a.xlsx", part: "xl/workbook.xml", line: 0, detail: "xmlParseChunk returned 4"),
                "「a.xlsx」の部品「xl/workbook.xml」のXMLが壊れています。元のファイルをもう一度送ってもらってください。"
            ),
            (
                .forbiddenDoctype(file: "a.xlsx", part: "xl/workbook.xml"),
                "「a.xlsx」の部品「xl/workbook.xml」に DOCTYPE 宣言があります。Excelブックには含まれないもので、不正なファイルの可能性があるため読み取りを中止しました。"
            ),
            (
                .sharedStringOutOfRange(file: "a.xlsx", sheet: "集計", cell: "B2", index: 9, count: 3),
                "「a.xlsx」のシート「集計」セル B2 が存在しない共有文字列（9番、全3件）を参照しています。壊れたファイルです。Excelで開いて保存し直してください。"
            ),
            (.noSuchSheet(file: "a.xlsx", sheet: "集計"), "「a.xlsx」にシート「集計」がありません。"),
            (
                .outOfSheetLimits(file: "a.xlsx", sheet: "集計", position: .cellReference("XFE1")),
                "「a.xlsx」のシート「集計」のセル番地「XFE1」は、Excelのシートの上限（1,048,576行・16,384列、最後のセルは XFD1048576）を超えています。壊れたファイルか、Excel以外のプログラムが不正に書いたファイルです。元のファイルをもう一度送ってもらってください。"
            ),
            (
                .dateOutOfRange(file: "a.xlsx", sheet: "集計", cell: "B1", text: "10000-01-01"),
                "「a.xlsx」のシート「集計」セル B1 の日付「10000-01-01」は、Excelで扱える範囲（1年〜9999年）の外です。壊れたファイルです。元のファイルをもう一度送ってもらってください。"
            ),
        ]
        for (error, japanese) in cases {
            #expect(error.clerkMessage == japanese)
            #expect(
                Self.englishWords(
                    in: error.clerkMessage,
                    ignoring: [
                        error.file, "xl/workbook.xml", "xl/styles.xml", "officeDocument",
                        "xl/_rels/workbook.xml.rels", "_rels/.rels", "rId7", "B1", "B2",
                    ]
                ).isEmpty,
                "\(error.clerkMessage)")
        }
    }

    @Test("positions past the sheet's limits, as the message names them")
    func positions() {
        #expect(ReaderError.SheetPosition.rowNumber("9223372036854775807").japanese == "行番号「9223372036854775807」")
        #expect(ReaderError.SheetPosition.rowNumber("1048577").japanese == "行番号「1048577」")
        #expect(ReaderError.SheetPosition.implicitRow(1_048_577).japanese == "1048577行目（番地の書かれていない行が続いた位置）")
        #expect(ReaderError.SheetPosition.cellReference("XFE1").japanese == "セル番地「XFE1」")
        #expect(
            ReaderError.SheetPosition.implicitCell(row: 2, column: 16_385).japanese
                == "2行目の16385列目（番地の書かれていないセルが続いた位置）")
    }

    @Test("what is damaged or capped, in Japanese, in the message and (as before) in 詳細")
    func damageAndCaps() {
        let damages: [(ReaderError.ArchiveDamage, String)] = [
            (.tooShortForEndRecord, "終端レコードがありません"), (.endRecordNotFound, "ZIPの終端レコードが見つかりません"),
            (.zip64LocatorNotFound, "ZIP64終端レコードが見つかりません"), (.zip64EndRecordOutOfBounds, "ZIP64終端レコードの位置が不正です"),
            (.zip64EndRecordInvalid, "ZIP64終端レコードが不正です"), (.centralDirectoryOutOfBounds, "中央ディレクトリの位置が不正です"),
            (.centralDirectoryDamaged, "中央ディレクトリが壊れています"), (.entryOutOfBounds(part: "p"), "部品「p」の位置が不正です"),
            (.localHeaderDamaged(part: "p"), "部品「p」のヘッダーが壊れています"), (.entryTruncated(part: "p"), "部品「p」が途中で切れています"),
            (.inflaterSetupFailed, "展開の準備に失敗しました"), (.compressedDataTruncated(part: "p"), "部品「p」の圧縮データが途中で終わっています"),
            (.compressedDataDamaged(part: "p"), "部品「p」の圧縮データが壊れています"),
            (.checksumMismatch(part: "p"), "部品「p」のチェックサムが一致しません"), (.fileTruncated, "ファイルが途中で切れています"),
        ]
        for (damage, japanese) in damages {
            #expect(damage.japanese == japanese)
            #expect(ReaderError.brokenArchive(file: "a", damage: damage).technicalDetail == japanese)
        }
        #expect(ReaderError.SafetyLimit.partBytes(limit: 512 << 20).japanese == "展開後のサイズが上限 512 MiB を超えました")
        #expect(ReaderError.SafetyLimit.totalBytes(limit: 1 << 30).japanese == "ブック全体の展開サイズが上限 1024 MiB を超えました")
        #expect(ReaderError.SafetyLimit.textNodeBytes(limit: 1 << 20).japanese == "1つの文字列が上限（1 MiB）を超えています")
        #expect(ReaderError.UnsupportedFeature.encryption.japanese == "ZIPの暗号化")
        #expect(
            ReaderError.limitExceeded(file: "a", part: "p", limit: .textNodeBytes(limit: 1 << 20)).technicalDetail
                == "1つの文字列が上限（1 MiB）を超えています")
    }

    @Test("libxml2's text is in the detail, not in the message")
    func malformedXML() throws {
        let error = ReaderError.malformedXML(
            file: "評価.xlsx", part: "xl/worksheets/sheet1.xml", line: 1,
            detail: "Opening and ending tag mismatch: c line 1 and row")
        #expect(error.technicalDetail == "Opening and ending tag mismatch: c line 1 and row")
        #expect(!error.clerkMessage.contains("mismatch"))
    }

    @Test(
        "errno: the common causes in Japanese, the system's text in detail",
        arguments: [
            (EACCES, "読み取り権限がありません"), (ENOENT, "ファイルが見つかりません"), (EIO, "ディスクの読み取りでエラーが起きました"),
            (EMFILE, "同時に開いているファイルが多すぎます"), (EPROTO, "ファイルを開けません"),
        ])
    func errnoMapping(code: Int32, reason: String) {
        let error = ByteSource.systemError(code, file: "a.xlsx", opening: true)
        #expect(error.clerkMessage == "「a.xlsx」を開けません（\(reason)）。ファイルの場所と読み取り権限を確認してください。")
        #expect(error.technicalDetail == "errno \(code): \(String(cString: strerror(code)))")
        #expect(!error.clerkMessage.contains(String(cString: strerror(code))))
        #expect(Self.englishWords(in: error.clerkMessage, ignoring: ["a.xlsx"]).isEmpty, "\(error.clerkMessage)")
    }

    @Test("an errno without a phrase while reading, a folder, a pipe: each says what failed")
    func unreadableReasons() {
        #expect(ReaderError.unreadableReason(code: EPROTO, operation: .reading) == "ファイルを読み取れません")
        #expect(ReaderError.unreadableReason(code: EISDIR, operation: .opening) == "フォルダーです")
        #expect(ReaderError.unreadableReason(code: nil, operation: .opening) == "名前付きパイプや装置ファイルなど、通常のファイルではありません")
    }

    @Test("a folder, a missing file and a FIFO, read for real")
    func realFiles() throws {
        let dir = FixturePaths.tempDirectory("reader-messages")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        func message(_ url: URL, _ name: String) -> String? {
            do { _ = try Workbook(url: url, displayName: name); return nil } catch { return (error as? ReaderError)?.clerkMessage }
        }
        #expect(message(dir, "d") == "「d」を開けません（フォルダーです）。ファイルの場所と読み取り権限を確認してください。")
        #expect(
            message(dir.appendingPathComponent("none.xlsx"), "m.xlsx")
                == "「m.xlsx」を開けません（ファイルが見つかりません）。ファイルの場所と読み取り権限を確認してください。")
        let fifo = dir.appendingPathComponent("提出.xlsx")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        #expect(
            message(fifo, "提出.xlsx")
                == "「提出.xlsx」を開けません（名前付きパイプや装置ファイルなど、通常のファイルではありません）。ファイルの場所と読み取り権限を確認してください。")
    }

    struct BadCase: Decodable, CustomTestStringConvertible {
        let file: String
        let error: String
        var testDescription: String { "\(file) → \(error)" }
    }

    static let badFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("OOXMLReaderTests/Fixtures/bad")

    static let bad: [BadCase] = {
        guard let data = try? Data(contentsOf: badFolder.appendingPathComponent("manifest.json")) else { return [] }
        return (try? JSONDecoder().decode([BadCase].self, from: data)) ?? []
    }()

    @Test("each bad fixture's message names the file, in Japanese", arguments: bad)
    func badFile(_ c: BadCase) throws {
        do {
            let wb = try Workbook(url: Self.badFolder.appendingPathComponent(c.file), displayName: c.file)
            try InspectFormatter.dump(wb) { _ in }
            Issue.record("\(c.file) was read without an error")
        } catch let error as ReaderError {
            #expect(error.clerkMessage.hasPrefix("「\(c.file)」"), "\(error.clerkMessage)")
            #expect(error.clerkMessage.hasSuffix("。"))
        }
    }

    @Test("the bad fixtures were found")
    func fixturesFound() {
        #expect(Self.bad.count >= 15)
    }

    /// Runs of ASCII letters in `message` other than the product words every message may use.
    static func englishWords(in message: String, ignoring names: [String]) -> [String] {
        var text = message
        for n in names { text = text.replacingOccurrences(of: n, with: "") }
        let allowed: Set<String> = ["Excel", "xlsx", "xls", "XML", "ZIP", "MiB", "DOCTYPE", "XFD", "XFE"]
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, CharacterSet.letters.contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else {
                if !current.isEmpty, !allowed.contains(current) { words.append(current) }
                current = ""
            }
        }
        if !current.isEmpty, !allowed.contains(current) { words.append(current) }
        return words
    }
}
