import DXCertIngest
import DXCertMessages
import DXCertReports
import DXCertRules
import Foundation
import OOXMLReader

/// Reads the grants of an earlier run from `output/認定台帳.xlsx` (its 認定履歴 sheet), so that a
/// rerun never revokes a certification.
///
/// A ledger that is there but cannot be used (damaged, not a regular file, no 認定履歴 table, a
/// row that cannot be read) stops the run with `PipelineError.previousLedgerUnusable`: going on
/// would drop earlier grants without a word. The clerk restores the file or reruns with
/// `--ignore-previous-ledger`.
enum PreviousLedger {
    static func read(_ url: URL) throws -> [Certifier.KnownGrant] {
        var st = stat()
        let shown = url.path
        guard stat(url.path, &st) == 0 else {
            let code = errno
            if code == ENOENT { return [] }  // first run: nothing to carry over
            throw PipelineError.previousLedgerUnusable(
                path: shown, reason: "ファイルを開けません：\(ErrnoText.japanese(code, .reading))",
                detail: ErrnoText.technical(code))
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            throw PipelineError.previousLedgerUnusable(path: shown, reason: "通常のファイルではありません（フォルダー・名前付きパイプなど）", detail: nil)
        }
        let scratch = Diagnostics()
        let rows: [PriorCertification]?
        do {
            let workbook = try Workbook(url: url, displayName: url.lastPathComponent)
            rows = try PriorRegisterParser.parse(workbook, file: url.lastPathComponent, diagnostics: scratch)
        } catch let error as ReaderError {
            throw PipelineError.previousLedgerUnusable(path: shown, reason: ledgerReason(error), detail: error.technicalDetail)
        } catch {
            throw PipelineError.previousLedgerUnusable(
                path: shown, reason: "読み取り中に予期しないエラーが起きました",
                detail: String(describing: error))
        }
        guard let rows else {
            throw PipelineError.previousLedgerUnusable(
                path: shown, reason: "認定履歴の表（職員番号・認定区分・認定年度の見出し）がありません",
                detail: nil)
        }
        let bad = scratch.problems.filter { $0.severity >= .warning }
        if let first = bad.first {
            let more = bad.count > 1 ? "ほか\(bad.count - 1)件" : ""
            throw PipelineError.previousLedgerUnusable(path: shown, reason: "\(first.location)：\(first.message)\(more)", detail: first.detail)
        }
        return rows.map {
            Certifier.KnownGrant(
                staffID: $0.staffID, name: $0.name, department: $0.department, tier: $0.tier, year: $0.year,
                source: .previousLedger)
        }
    }

    /// Why a ledger could not be opened, in words that fit a file the tool wrote itself (not
    /// "ask the sender again", which the reader says of returned sheets).
    private static func ledgerReason(_ error: ReaderError) -> String {
        switch error {
        case .unreadableFile(_, let code, let operation, _):
            return "ファイルを開けません：\(ReaderError.unreadableReason(code: code, operation: operation))"
        case .emptyFile: return "空のファイル（0バイト）です"
        case .passwordProtected: return "パスワードが付けられています"
        case .legacyBinaryWorkbook, .notXLSX: return "Excelブック（.xlsx）ではありません"
        default: return "ファイルが壊れています"
        }
    }
}
