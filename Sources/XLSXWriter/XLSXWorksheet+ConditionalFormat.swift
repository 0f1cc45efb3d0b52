import CXLSXWriter
import Foundation

/// Conditional formatting (条件付き書式).
extension XLSXWorksheet {
    /// Applies `format` to `range`. Rules added earlier take priority over later ones.
    public func addConditionalFormat(_ format: ConditionalFormat, to range: RangeAddress) throws {
        let (sheet, r1, c1, r2, c2) = try target(range)
        let at = location(range)
        let style = try workbook.format(for: format.style, at: at)
        let code: lxw_error = try withCStrings { strings in
            var c = lxw_conditional_format()
            c.format = style
            c.stop_if_true = format.stopIfTrue ? 1 : 0
            switch format.rule {
            case .cellValue(let comparison):
                c.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
                try fillCell(&c, comparison, strings: strings, at: at)
            case .formula(let formula):
                try requireFormula(formula, field: .conditionFormula, at: nil)
                c.type = UInt8(LXW_CONDITIONAL_TYPE_FORMULA.rawValue)
                c.value_string = strings.copy(formula)
            case .textContains, .textNotContains, .textBeginsWith, .textEndsWith, .blanks, .noBlanks, .errors, .noErrors:
                // Written as formula rules that we build ourselves; see `anchoredFormula`.
                c.type = UInt8(LXW_CONDITIONAL_TYPE_FORMULA.rawValue)
                c.value_string = strings.copy(try Self.anchoredFormula(format.rule, at: range.first.a1, location: at))
            case .duplicates: c.type = UInt8(LXW_CONDITIONAL_TYPE_DUPLICATE.rawValue)
            case .unique: c.type = UInt8(LXW_CONDITIONAL_TYPE_UNIQUE.rawValue)
            }
            return worksheet_conditional_format_range(sheet, r1, c1, r2, c2, &c)
        }
        try check(code, call: "worksheet_conditional_format_range", at: at)
    }

    /// The formula Excel itself writes for the text, blank and error rules, anchored at the
    /// range's top-left cell.
    ///
    /// libxlsxwriter 1.1.4 builds these formulas wrongly, so they are never passed to it:
    /// - the relative cell is the range's top-*right* cell (`B2:D11` → `LEN(TRIM(D2))=0`),
    ///   so every column but the last tests the wrong cells;
    /// - text formulas go through `snprintf` into a 64-byte stack buffer
    ///   (`_worksheet_write_cf_rule_text`), cutting Japanese text after about 12 kanji,
    ///   mid-character, which leaves invalid UTF-8 in the sheet;
    /// - `LEFT(cell,n)` / `RIGHT(cell,n)` use the UTF-8 *byte* count for n
    ///   (`LEFT(B2,6)="保保"`), so "begins with" / "ends with" never match Japanese text;
    /// - quotes in the text are not doubled.
    /// Excel shows these as "数式を使用して…" rules; they select exactly the same cells.
    static func anchoredFormula(_ rule: ConditionalFormat.Rule, at cell: String, location: WriterError.Location) throws(WriterError) -> String {
        func quoted(_ text: String) throws(WriterError) -> String {
            guard !text.isEmpty else {
                throw .invalidArgument(field: .conditionText, problem: .emptyText, at: location)
            }
            try requireLength(text, atMost: ExcelLimits.conditionText, field: .conditionText, at: location)
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        switch rule {
        case .textContains(let text): return "NOT(ISERROR(SEARCH(\(try quoted(text)),\(cell))))"
        case .textNotContains(let text): return "ISERROR(SEARCH(\(try quoted(text)),\(cell)))"
        // LEFT/RIGHT count characters as Excel does (UTF-16 code units).
        case .textBeginsWith(let text): return "LEFT(\(cell),\(text.excelLength))=\(try quoted(text))"
        case .textEndsWith(let text): return "RIGHT(\(cell),\(text.excelLength))=\(try quoted(text))"
        case .blanks: return "LEN(TRIM(\(cell)))=0"
        case .noBlanks: return "LEN(TRIM(\(cell)))>0"
        case .errors: return "ISERROR(\(cell))"
        case .noErrors: return "NOT(ISERROR(\(cell)))"
        case .cellValue, .formula, .duplicates, .unique:
            throw .invalidArgument(field: .conditionFormula, problem: .conditionWithoutFormula, at: location)
        }
    }

    private func fillCell(
        _ c: inout lxw_conditional_format, _ comparison: ConditionalFormat.Comparison,
        strings: CStringStore, at: WriterError.Location
    ) throws(WriterError) {
        let criteria: lxw_conditional_criteria
        switch comparison {
        case .equal(let v):
            criteria = LXW_CONDITIONAL_CRITERIA_EQUAL_TO
            try setValue(v, number: &c.value, string: &c.value_string, strings: strings, at: at)
        case .notEqual(let v):
            criteria = LXW_CONDITIONAL_CRITERIA_NOT_EQUAL_TO
            try setValue(v, number: &c.value, string: &c.value_string, strings: strings, at: at)
        case .greaterThan(let v):
            criteria = LXW_CONDITIONAL_CRITERIA_GREATER_THAN
            try setValue(v, number: &c.value, string: &c.value_string, strings: strings, at: at)
        case .lessThan(let v):
            criteria = LXW_CONDITIONAL_CRITERIA_LESS_THAN
            try setValue(v, number: &c.value, string: &c.value_string, strings: strings, at: at)
        case .greaterThanOrEqual(let v):
            criteria = LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO
            try setValue(v, number: &c.value, string: &c.value_string, strings: strings, at: at)
        case .lessThanOrEqual(let v):
            criteria = LXW_CONDITIONAL_CRITERIA_LESS_THAN_OR_EQUAL_TO
            try setValue(v, number: &c.value, string: &c.value_string, strings: strings, at: at)
        case .between(let low, let high):
            criteria = LXW_CONDITIONAL_CRITERIA_BETWEEN
            try setValue(low, number: &c.min_value, string: &c.min_value_string, strings: strings, at: at)
            try setValue(high, number: &c.max_value, string: &c.max_value_string, strings: strings, at: at)
        case .notBetween(let low, let high):
            criteria = LXW_CONDITIONAL_CRITERIA_NOT_BETWEEN
            try setValue(low, number: &c.min_value, string: &c.min_value_string, strings: strings, at: at)
            try setValue(high, number: &c.max_value, string: &c.max_value_string, strings: strings, at: at)
        }
        c.criteria = UInt8(criteria.rawValue)
    }

    private func setValue(
        _ operand: ConditionalFormat.Operand, number: inout Double, string: inout UnsafeMutablePointer<CChar>?,
        strings: CStringStore, at: WriterError.Location
    ) throws(WriterError) {
        switch operand {
        case .number(let value):
            guard value.isFinite else {
                throw .invalidArgument(field: .conditionValue, problem: .conditionValueNotFinite(value), at: at)
            }
            number = value
        case .text(let text):
            try requireLength(text, atMost: ExcelLimits.conditionText - 2, field: .conditionValue, at: at)
            string = strings.copy("\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
        case .formula(let formula):
            try requireFormula(formula, field: .conditionValue, at: nil)
            string = strings.copy(formula)
        }
    }
}
