import DXCertMessages
import DXCertRules
import Dispatch
import Foundation
import OOXMLReader

/// Reads every input file in parallel (both cores), classifies it and parses it.
public enum Ingestor {
    /// Leading rows of each sheet kept while a workbook is recognised and parsed (more than a
    /// form's preamble and header: `FormScanner`'s 40 rows, and every row of a leader sheet).
    static let rowsKept = 64

    /// Reads `files`; `progress` is called (from any thread) after each file.
    public static func ingest(
        _ files: [(InputFile, InputDisposition)], diagnostics: Diagnostics,
        limits: ArchiveLimits = .standard,
        progress: (@Sendable (Int) -> Void)? = nil
    ) -> [IngestedFile] {
        let results = SliceResults<IngestedFile>(count: files.count)
        let counter = Counter()
        // Largest files first: the year's setup (thousands of rows) sorts last by name and would
        // otherwise keep one core busy alone at the end. Results keep the input order.
        let order = files.indices.sorted { files[$0].0.size != files[$1].0.size ? files[$0].0.size > files[$1].0.size : $0 < $1 }
        DispatchQueue.concurrentPerform(iterations: files.count) { n in
            let i = order[n]
            let (file, disposition) = files[i]
            let result = ingest(file, disposition, diagnostics: diagnostics, limits: limits)
            results.set(i, result)
            progress?(counter.increment())
        }
        return results.values
    }

    static func ingest(
        _ file: InputFile, _ disposition: InputDisposition, diagnostics: Diagnostics,
        limits: ArchiveLimits
    ) -> IngestedFile {
        var out = IngestedFile(file: file, kind: .unknown, recognisedBy: "", content: .none)
        switch disposition {
        case .skipped(let reason):
            out.skippedReason = reason
            diagnostics.report(.info, SourceLocation(file: file.path), reason, action: "読み飛ばしました")
            return out
        case .excluded(let reason):
            out.excludedReason = reason
            diagnostics.report(.warning, SourceLocation(file: file.path), reason, action: "このファイルは取り込みません")
            return out
        case .unreadableFolder(let reason, let detail):
            out.excludedReason = "フォルダーを読めません（\(reason)）"
            diagnostics.report(
                .error, SourceLocation(file: file.path),
                "フォルダーの中を読めません（\(reason)）。中のシートはすべて未提出として扱われます",
                action: "フォルダーの読み取り権限を確認して実行し直してください", detail: detail)
            return out
        case .workbook:
            break
        }
        /// A file that cannot be read is listed with the error's own message and detail.
        func excludeUnreadable(_ error: some ClerkFacingError) {
            out.excludedReason = error.clerkMessage
            diagnostics.report(
                .error, SourceLocation(file: file.path), error.clerkMessage, action: "このファイルは取り込みません",
                detail: error.technicalDetail)
        }
        do {
            let workbook = try file.withReadableURL { try Workbook(url: $0, displayName: file.path, limits: limits) }
            // Recognising the form reads the first rows of each sheet for every form's header,
            // and the parser reads the table again: keep the first rows (a leader sheet whole).
            workbook.rowCacheLimit = Self.rowsKept
            out.workbookModified = workbook.properties.modifiedDate
            let identity = try Identity.read(workbook)
            let classified = try WorkbookClassifier.classify(workbook, identity: identity)
            out.kind = classified.kind
            out.recognisedBy = classified.recognisedBy
            if let contradiction = classified.contradiction {
                out.excludedReason = "識別情報とシートの内容が一致しないため"
                diagnostics.report(
                    .error, SourceLocation(file: file.path), contradiction,
                    action: "このファイルは取り込みません。正しい様式のファイルを使ってください")
                return out
            }
            switch classified.kind {
            case .yearSetup:
                if let setup = try YearSetupParser.parse(workbook, file: file.path, diagnostics: diagnostics) {
                    out.content = .yearSetup(setup)
                } else {
                    out.excludedReason = "年度が読み取れないため取り込みません"
                }
            case .meetingScore:
                if let sheet = try MeetingSheetParser.parse(workbook, file: file.path, identity: identity, found: classified.found) {
                    out.content = .meetingScore(sheet)
                } else {
                    out.excludedReason = "評価表（プロジェクトIDの見出し）が見つかりません"
                    diagnostics.report(
                        .error, SourceLocation(file: file.path), "報告会評価シートの表（見出し「プロジェクトID」）が見つかりません",
                        action: "このファイルは取り込みません")
                }
            case .leaderEvaluation:
                if let sheet = try LeaderSheetParser.parse(workbook, file: file.path, identity: identity, found: classified.found) {
                    out.content = .leaderEvaluation(sheet)
                } else {
                    out.excludedReason = "評価表（見出し「評価」）が見つかりません"
                    diagnostics.report(
                        .error, SourceLocation(file: file.path), "リーダー評価シートの表（見出し「項目ID」「評価」）が見つかりません",
                        action: "このファイルは取り込みません")
                }
            case .priorRegister:
                if let rows = try PriorRegisterParser.parse(workbook, file: file.path, diagnostics: diagnostics) {
                    out.content = .priorRegister(rows)
                } else {
                    out.excludedReason = "名簿の表が見つかりません"
                }
            case .unknown:
                out.excludedReason = "DX人材認定のシート（年度設定・報告会評価・リーダー評価・既認定者名簿）ではありません"
                diagnostics.report(
                    .warning, SourceLocation(file: file.path),
                    "DX人材認定で使うシートとして認識できません（配布したシートの見出しや識別情報がありません）",
                    action: "このファイルは取り込みません")
            }
        } catch let error as ReaderError {
            excludeUnreadable(error)
        } catch let error as InputFileError {
            excludeUnreadable(error)
        } catch {
            out.excludedReason = "読み取り中に予期しないエラーが起きました"
            diagnostics.report(
                .error, SourceLocation(file: file.path), "読み取り中に予期しないエラーが起きました",
                action: "このファイルは取り込みません。開発担当に「詳細」欄の内容を伝えてください",
                detail: String(describing: error))
        }
        return out
    }
}
