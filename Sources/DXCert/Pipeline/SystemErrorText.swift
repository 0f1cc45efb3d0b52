import Foundation

/// Operating-system errors in the words a clerk reads, and the raw text for the 詳細 column.
///
/// `strerror` and Foundation speak English ("Permission denied", "The operation could not be
/// completed"); those never go into a Japanese message, only into `technical`.
public enum SystemErrorText {
    /// A Japanese phrase for an errno, with what to check.
    public static func japanese(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "読み取り・書き込みの権限がありません"
        case ENOENT: return "ファイルまたはフォルダーが見つかりません"
        case ENOSPC, EDQUOT: return "ディスクの空き容量が足りません"
        case EROFS: return "書き込みが禁止された場所です（読み取り専用）"
        case EISDIR: return "フォルダーです"
        case ENOTDIR: return "途中の名前がフォルダーではありません"
        case EIO: return "ディスクの読み書きに失敗しました"
        case EMFILE, ENFILE: return "同時に開けるファイルの数の上限に達しました"
        case ENAMETOOLONG: return "名前が長すぎます"
        case ELOOP: return "シンボリックリンクが循環しています"
        case EBUSY, ETXTBSY: return "ほかのプログラムが使用中です"
        case EXDEV: return "別のディスクへは移動できません"
        case ENOMEM: return "メモリが足りません"
        default: return "システムエラー（番号 \(code)）"
        }
    }

    /// `strerror`'s own text with the number, for the 詳細 column and `--json`.
    public static func technical(_ code: Int32) -> String {
        "errno \(code): \(String(cString: strerror(code)))"
    }

    /// A Japanese phrase for any error thrown by Foundation (its POSIX cause when it has one).
    public static func japanese(_ error: Error) -> String {
        if let code = posixCode(error) { return japanese(code) }
        return "システムエラー"
    }

    /// The technical text of any error (Foundation's description and its POSIX cause).
    public static func technical(_ error: Error) -> String {
        if let code = posixCode(error) { return technical(code) }
        return String(describing: error)
    }

    private static func posixCode(_ error: Error) -> Int32? {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return Int32(truncatingIfNeeded: ns.code) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return Int32(truncatingIfNeeded: underlying.code)
        }
        if let cocoa = error as? CocoaError {
            switch cocoa.code {
            case .fileNoSuchFile, .fileReadNoSuchFile: return ENOENT
            case .fileWriteNoPermission, .fileReadNoPermission: return EACCES
            case .fileWriteOutOfSpace: return ENOSPC
            case .fileWriteVolumeReadOnly: return EROFS
            default: return nil
            }
        }
        return nil
    }
}
