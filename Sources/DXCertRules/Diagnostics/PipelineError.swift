import Foundation

/// Fatal errors of a run (exit code 2).
public enum PipelineError: Error, Equatable, Sendable {
    /// The input folder does not exist.
    case inputFolderMissing(String)
    /// The input path is a file, not a folder.
    case inputNotAFolder(String)
    /// The input folder exists but cannot be listed.
    case inputFolderUnreadable(path: String, reason: String)
    /// The previous run's ledger exists but cannot be used; grants would be lost silently.
    case previousLedgerUnusable(path: String, reason: String, detail: String?)
    /// The output folder cannot be created or written.
    case outputNotWritable(path: String, reason: String)
    /// The requested year has no setup.
    case yearNotFound(FiscalYear)
    /// Writing a report failed.
    case reportFailed(path: String, reason: String, detail: String? = nil)

    /// Technical detail (a library's text, an errno) printed on its own line after the message.
    public var detail: String? {
        switch self {
        case .previousLedgerUnusable(_, _, let d), .reportFailed(_, _, let d): return d
        default: return nil
        }
    }

    /// Japanese message for the terminal.
    public var message: String {
        switch self {
        case .inputFolderMissing(let p): return "入力フォルダー「\(p)」がありません。"
        case .inputNotAFolder(let p):
            return "「\(p)」はファイルです。--input には返送されたシートを入れたフォルダーを指定してください。"
        case .inputFolderUnreadable(let p, let r): return "入力フォルダー「\(p)」の中を読めません（\(r)）。"
        case .previousLedgerUnusable(let p, let r, _):
            return "前回の認定台帳「\(p)」を使えません（\(r)）。このまま判定すると前回までの認定が失われるため、中止しました。"
                + "バックアップから元の認定台帳を戻して実行し直すか、前回までの認定を引き継がない場合は --ignore-previous-ledger を付けて実行してください。"
        case .outputNotWritable(let p, let r): return "出力先「\(p)」に書き込めません（\(r)）。前回の出力はそのまま残っています。"
        case .yearNotFound(let y): return "\(y.label)の年度設定が入力フォルダーにありません。"
        case .reportFailed(let p, let r, _): return "「\(p)」を作成できませんでした（\(r)）。前回の出力はそのまま残っています。"
        }
    }
}
