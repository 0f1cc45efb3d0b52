import DXCertRules
import Foundation
import OOXMLReader

/// Numbers from cells that may hold numeric text (`６０`, ` 60 `).
enum NumberCell {
    static func number(_ value: CellValue) -> CellValue? {
        switch value {
        case .number: return value
        case .string(let s):
            return WholeNumber.parse(s).map { .number($0) }
        default: return nil
        }
    }
}
