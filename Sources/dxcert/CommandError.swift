import DXCertForms
import DXCertIngest
import DXCertMessages
import DXCertPipeline
import DXCertReports
import DXCertRules

/// What a subcommand itself refuses before any library runs; shown by `ErrorReport` like every
/// other error.
enum CommandError: ClerkFacingError {
    /// `sheets --setup FILE` names a file that does not exist.
    case setupNotFound(String)

    var clerkMessage: String {
        switch self {
        case .setupNotFound(let path): return "年度設定のファイル「\(path)」が見つかりません"
        }
    }

    var technicalDetail: String? { nil }
}
