import DXCertRules
import Foundation

/// Why a file found by the folder walk could not be opened.
public enum InputFileError: Error, Equatable, Sendable {
    /// `open(2)` failed with this errno.
    case cannotOpen(errno: Int32)
}
