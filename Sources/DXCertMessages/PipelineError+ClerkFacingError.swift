import DXCertRules
import Foundation

extension PipelineError: ClerkFacingError {
    /// What stopped the run and what to do, in Japanese.
    public var clerkMessage: String {
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

    /// Technical detail (a library's text, an errno) printed on its own line after the message.
    public var technicalDetail: String? {
        switch self {
        case .previousLedgerUnusable(_, _, let d), .reportFailed(_, _, let d): return d
        default: return nil
        }
    }
}
