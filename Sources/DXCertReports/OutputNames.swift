import DXCertRules
import Foundation

/// Output file names.
public enum OutputNames {
    public static let ledger = "認定台帳.xlsx"

    /// `認定結果_令和6年度.xlsx`.
    public static func result(_ year: FiscalYear) -> String { "認定結果_\(year.label).xlsx" }

    /// `認定証_令和6年度.xlsx`.
    public static func certificates(_ year: FiscalYear) -> String { "認定証_\(year.label).xlsx" }
    /// `個人通知_令和6年度.xlsx`.
    public static func notices(_ year: FiscalYear) -> String { "個人通知_\(year.label).xlsx" }
}
