import DXCertMessages
import Foundation

extension TemplateError: ClerkFacingError {
    /// What could not be written or created, and why, in Japanese.
    public var clerkMessage: String {
        switch self {
        case .writeFailed(let path, let message):
            return "「\(path)」を書き込めませんでした：\(message)"
        case .fileSystem(let path, let message):
            return "「\(path)」を扱えませんでした：\(message)"
        case .unknownAnswer(let path, let detail):
            return "「\(path)」に書き込む回答が正しくありません：\(detail)"
        case .nothingToWrite(let path, let detail):
            return "「\(path)」を作成できません：\(detail)"
        }
    }

    /// Nothing beyond the message: the writer's detail is not kept.
    public var technicalDetail: String? { nil }
}
