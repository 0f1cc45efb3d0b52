import Foundation
import OOXMLReader

/// Operating-system errors in the words a clerk reads, and the raw text for the 詳細 column:
/// the project's one Japanese errno table (the reader's errors and the folder, ledger, report and
/// template errors of the domain use it alike).
///
/// `strerror` and Foundation speak English ("Permission denied", "The operation could not be
/// completed"); those never go into a Japanese message, only into `technical`.
public enum ErrnoText {
    /// What was being done when the error came: the same errno reads differently for each.
    public enum Operation: Sendable {
        case reading
        case writing
    }

    /// A Japanese phrase for the common errnos, nil for the others (callers then say what failed).
    public static func phrase(_ code: Int32, _ operation: Operation) -> String? {
        switch code {
        case EACCES, EPERM: return operation == .reading ? "読み取り権限がありません" : "書き込みの権限がありません"
        case ENOENT: return operation == .reading ? "ファイルが見つかりません" : "保存先のフォルダーが見つかりません"
        case ENOTDIR: return operation == .reading ? "ファイルが見つかりません" : "途中の名前がフォルダーではありません"
        case EISDIR: return "フォルダーです"
        case ELOOP: return "シンボリックリンクが循環しています"
        case ENAMETOOLONG: return "パスが長すぎます"
        case EMFILE, ENFILE: return "同時に開いているファイルが多すぎます"
        case EIO: return operation == .reading ? "ディスクの読み取りでエラーが起きました" : "ディスクへの書き込みでエラーが起きました"
        case ENXIO, ENODEV, EOPNOTSUPP: return "名前付きパイプや装置ファイルなど、通常のファイルではありません"
        case EAGAIN, EBUSY, ETXTBSY: return "ほかのプログラムが使用中です"
        case ENOSPC, EDQUOT: return "ディスクの空き容量が足りません"
        case EROFS: return "書き込みが禁止された場所です（読み取り専用）"
        case EXDEV: return "別のディスクへは移動できません"
        case ENOMEM: return "メモリが足りません"
        default: return nil
        }
    }

    /// The phrase for an errno, or `システムエラー（番号 N）`.
    public static func japanese(_ code: Int32, _ operation: Operation) -> String {
        phrase(code, operation) ?? "システムエラー（番号 \(code)）"
    }

    /// `strerror`'s own text with the number, for the 詳細 column and `--json` (the reader's
    /// `SystemErrorText`, so that both say it alike).
    public static func technical(_ code: Int32) -> String {
        SystemErrorText.technical(code)
    }

    /// A Japanese phrase for any error thrown by Foundation (its POSIX cause when it has one).
    public static func japanese(_ error: Error, _ operation: Operation) -> String {
        if let code = posixCode(error) { return japanese(code, operation) }
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
