import Foundation

/// The validated input of a whole run.
public struct ValidationResult: Sendable {
    /// Each fiscal year with a setup, oldest first.
    public var years: [YearInput]
    /// Certifications from 既認定者名簿 files.
    public var priors: [PriorCertification]
    /// Every input file with its status.
    public var files: [FileRecord]
}
