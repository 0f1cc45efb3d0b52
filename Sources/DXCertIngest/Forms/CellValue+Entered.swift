import DXCertRules
import Foundation
import OOXMLReader

/// The bridge from the reader's cells to the rules' values: the one place that knows both.
extension CellValue {
    /// The value as the rules see it.
    package var entered: EnteredValue {
        switch self {
        case .string(let s): return .text(s)
        case .number(let n): return .number(n)
        case .date(let d): return .date(year: d.year, month: d.month, text: text)
        case .boolean, .error: return .other(text)
        }
    }
}

// The normalizers of the rules core, applied to cells as read.

extension TextNormalizer {
    package static func text(_ value: CellValue?) -> String { text(value?.entered) }
    package static func displayText(_ value: CellValue?) -> String { displayText(value?.entered) }
}

extension IDNormalizer {
    package static func normalize(_ value: CellValue?) -> String { normalize(value?.entered) }
    package static func project(_ value: CellValue?) -> ProjectID { project(value?.entered) }
    package static func judge(_ value: CellValue?) -> JudgeID { judge(value?.entered) }
    package static func criterion(_ value: CellValue?) -> CriterionID { criterion(value?.entered) }
}

extension StaffIDNormalizer {
    package static func normalize(_ value: CellValue?, width: Int) -> StaffID? { normalize(value?.entered, width: width) }
}

extension YearParser {
    package static func parse(_ value: CellValue?) -> FiscalYear? { parse(value?.entered) }
    package static func problem(_ value: CellValue?) -> String { problem(value?.entered) }
}

extension ScoreParser {
    package static func parse(_ value: CellValue?, max: Int) -> ScoreEntry { parse(value?.entered, max: max) }
}

extension CellPosition {
    /// The position of a cell the reader found.
    package init(_ reference: CellReference) {
        self.init(row: reference.row, column: reference.column)
    }
}

extension SourceLocation {
    /// The same place, at a cell the reader found.
    package func at(_ reference: CellReference?) -> SourceLocation {
        at(reference.map(CellPosition.init))
    }
}
