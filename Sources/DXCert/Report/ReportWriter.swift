import Foundation

/// Writes the manager workbooks for a run. (Interim: the full reports land with the report issue.)
public enum ReportWriter {
    /// Writes the reports into `output` and returns their paths.
    public static func write(_ result: RunResult, to output: URL) throws -> [String] {
        []
    }
}
