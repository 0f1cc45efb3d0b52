import DXCertMessages
import Foundation

extension InputFileError: ClerkFacingError {
    /// Why the file could not be opened, in Japanese.
    public var clerkMessage: String {
        switch self {
        case .cannotOpen(let code): return "ファイルを開けません（\(ErrnoText.japanese(code, .reading))）"
        }
    }

    /// The system's text for the errno.
    public var technicalDetail: String? {
        switch self {
        case .cannotOpen(let code): return ErrnoText.technical(code)
        }
    }
}
