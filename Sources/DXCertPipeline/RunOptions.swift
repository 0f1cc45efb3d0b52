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
    /// Who reads the result, so that figures nobody reads are not computed.
    public var readers: Readers

    /// The readers of a run's result beyond the summary and the problem list every command prints.
    public struct Readers: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// The workbooks (`dxcert run`): every figure, the per-project breakdowns of 個人通知 too.
        public static let reports = Readers(rawValue: 1)
        /// `--json`: the しきい値感度 table, 年度推移 and the certificates.
        public static let json = Readers(rawValue: 2)
    }

    public init(
        input: URL, output: URL, year: FiscalYear? = nil, usePreviousLedger: Bool = true, limits: ArchiveLimits = .standard,
        readers: Readers = [.reports, .json]
    ) {
        self.input = input
        self.output = output
        self.year = year
        self.usePreviousLedger = usePreviousLedger
        self.limits = limits
        self.readers = readers
    }

    /// The ledger file in the output folder.
    public var ledgerURL: URL { output.appendingPathComponent(OutputNames.ledger) }
}
