import DXCertRules
import Foundation

/// What the folder walk decided about a file before reading it.
public enum InputDisposition: Sendable, Equatable {
    /// A workbook to read.
    case workbook
    /// Skipped on purpose, with a note (Excel lock files `~$…`, hidden files).
    case skipped(reason: String)
    /// Not a workbook we read (listed as 除外 with the reason).
    case excluded(reason: String)
    /// A folder that could not be entered: whatever it holds is missing from the run (an error).
    case unreadableFolder(reason: String, detail: String)
}
