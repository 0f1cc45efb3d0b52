import Foundation

/// How serious an input problem is.
public enum Severity: Int, Comparable, CaseIterable, Sendable, Codable {
    /// For the record only (e.g. an Excel lock file skipped); does not change the exit code.
    case info = 0
    /// Something was corrected, assumed or left out; results are still computed.
    case warning = 1
    /// Input that could not be used as given (a file or a row excluded, a value rejected).
    case error = 2

    public var label: String {
        switch self {
        case .info: return "情報"
        case .warning: return "警告"
        case .error: return "エラー"
        }
    }

    public static func < (l: Severity, r: Severity) -> Bool { l.rawValue < r.rawValue }
}
