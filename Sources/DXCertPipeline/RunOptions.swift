import DXCertIngest
import DXCertReports
import DXCertRules
import Foundation
import OOXMLReader

/// Options of a batch run.
public struct RunOptions: Sendable {
    public var input: URL
    public var output: URL
    /// The year to report on (default: the latest year with a setup).
    public var year: FiscalYear?
    /// Keep grants recorded in `output/認定台帳.xlsx` from earlier runs (never revoke).
    public var usePreviousLedger: Bool
    public var limits: ArchiveLimits

    public init(input: URL, output: URL, year: FiscalYear? = nil, usePreviousLedger: Bool = true, limits: ArchiveLimits = .standard) {
        self.input = input
        self.output = output
        self.year = year
        self.usePreviousLedger = usePreviousLedger
        self.limits = limits
    }

    /// The ledger file in the output folder.
    public var ledgerURL: URL { output.appendingPathComponent(OutputNames.ledger) }
}
