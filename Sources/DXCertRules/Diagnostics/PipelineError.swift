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
}
