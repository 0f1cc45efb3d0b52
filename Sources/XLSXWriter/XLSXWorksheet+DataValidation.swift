import CXLSXWriter

/// Data validation (入力規則).
extension XLSXWorksheet {
    /// Adds `validation` to `range`.
    ///
    /// A `.list` whose joined text exceeds Excel's 255 characters or libxlsxwriter 1.1.4's
    /// 255-byte buffer (about 85 kanji with the commas), or whose items contain `,` or `"`,
    /// is written to `spill` (one item per cell) and referenced as a range instead; without
    /// `spill` such a list throws `.textTooLong` / `.invalidArgument` for `.validationList`. At most 255 validations per sheet (1.1.4 counts them in a `uint8_t`).
    public func addDataValidation(_ validation: DataValidation, to range: RangeAddress, spillingListTo spill: ListSpill? = nil) throws {
        let (sheet, r1, c1, r2, c2) = try target(range)
        let at = location(range)
        guard record.validationCount < ExcelLimits.validationsPerSheet else {
            throw WriterError.invalidArgument(field: .validationCount, problem: .tooManyValidations(limit: ExcelLimits.validationsPerSheet), at: at)
        }
        if let text = validation.inputTitle { try requireLength(text, atMost: ExcelLimits.validationTitle, field: .inputTitle, at: at) }
        if let text = validation.errorTitle { try requireLength(text, atMost: ExcelLimits.validationTitle, field: .errorTitle, at: at) }
        if let text = validation.inputMessage { try requireLength(text, atMost: ExcelLimits.validationText, field: .inputMessage, at: at) }
        if let text = validation.errorMessage { try requireLength(text, atMost: ExcelLimits.validationText, field: .errorMessage, at: at) }

        var rule = validation.rule
        if case .list(let items, let dropdown) = rule, let problem = Self.inlineListProblem(items, at: at) {
            guard let spill else { throw problem }
            guard spill.sheet.workbook === workbook else { throw WriterError.unknownSheet(name: spill.sheet.name, at: at) }
            rule = .listSource(try spill.write(items, at: at), dropdown: dropdown)
        }

        let code: lxw_error = try withCStrings { strings in
            var c = lxw_data_validation()
            c.ignore_blank = UInt8((validation.ignoreBlank ? LXW_VALIDATION_ON : LXW_VALIDATION_OFF).rawValue)
            c.show_input = UInt8((validation.showInputMessage ? LXW_VALIDATION_ON : LXW_VALIDATION_OFF).rawValue)
            c.show_error = UInt8((validation.showErrorMessage ? LXW_VALIDATION_ON : LXW_VALIDATION_OFF).rawValue)
            switch validation.errorStyle {
            case .stop: c.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_STOP.rawValue)
            case .warning: c.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_WARNING.rawValue)
            case .information: c.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_INFORMATION.rawValue)
            }
            c.input_title = strings.copyIfPresent(validation.inputTitle)
            c.input_message = strings.copyIfPresent(validation.inputMessage)
            c.error_title = strings.copyIfPresent(validation.errorTitle)
            c.error_message = strings.copyIfPresent(validation.errorMessage)
            try fill(&c, rule: rule, strings: strings, at: at)
            return worksheet_data_validation_range(sheet, r1, c1, r2, c2, &c)
        }
        try check(code, call: "worksheet_data_validation_range", at: at)
        record.validationCount += 1
    }

    private static func inlineListProblem(_ items: [String], at: WriterError.Location) -> WriterError? {
        guard !items.isEmpty else {
            return .invalidArgument(field: .validationList, problem: .emptyList, at: at)
        }
        if let bad = items.first(where: { $0.contains(",") || $0.contains("\"") }) {
            return .invalidArgument(field: .validationList, problem: .listItemWithSeparator(bad), at: at)
        }
        if let bad = items.first(where: { $0.utf8.contains(0) }) {
            return .invalidArgument(field: .validationList, problem: .listItemWithNUL(bad), at: at)
        }
        let joined = items.reduce(0) { $0 + $1.excelLength } + items.count - 1
        if joined > ExcelLimits.validationText {
            return .textTooLong(field: .validationList, length: joined, limit: ExcelLimits.validationText, unit: .characters, at: at)
        }
        // 1.1.4 checks the list in characters but joins it into a 258-byte heap buffer
        // (`_validation_list_to_csv`: calloc(1, 0x102), quotes and NUL included): more than
        // 255 UTF-8 bytes overflow it (glibc's fortify aborts the process). About 85 kanji.
        let bytes = items.reduce(0) { $0 + $1.utf8.count } + items.count - 1
        if bytes > ExcelLimits.validationListBytes {
            return .textTooLong(field: .validationList, length: bytes, limit: ExcelLimits.validationListBytes, unit: .utf8Bytes, at: at)
        }
        return nil
    }

    private func fill(_ c: inout lxw_data_validation, rule: DataValidation.Rule, strings: CStringStore, at: WriterError.Location) throws {
        switch rule {
        case .list(let items, let dropdown):
            c.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
            c.value_list = strings.copyList(items)
            c.dropdown = UInt8((dropdown ? LXW_VALIDATION_ON : LXW_VALIDATION_OFF).rawValue)
        case .listSource(let source, let dropdown):
            guard workbook.sheetNames.contains(source.sheet) else { throw WriterError.unknownSheet(name: source.sheet, at: at) }
            guard source.range.isInsideSheet else {
                throw WriterError.cellOutOfRange(at: .init(path: workbook.path, sheet: source.sheet, cell: source.range.a1))
            }
            c.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
            c.value_formula = strings.copy("=" + source.formula)
            c.dropdown = UInt8((dropdown ? LXW_VALIDATION_ON : LXW_VALIDATION_OFF).rawValue)
        case .listFormula(let formula, let dropdown):
            try requireFormula(formula, field: .validationFormula, at: nil)
            c.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
            c.value_formula = strings.copy(formula)
            c.dropdown = UInt8((dropdown ? LXW_VALIDATION_ON : LXW_VALIDATION_OFF).rawValue)
        case .wholeNumber(let comparison):
            c.validate = UInt8(LXW_VALIDATION_TYPE_INTEGER.rawValue)
            try Self.apply(comparison.map(Double.init), to: &c, at: at)
        case .decimal(let comparison):
            c.validate = UInt8(LXW_VALIDATION_TYPE_DECIMAL.rawValue)
            try Self.apply(comparison, to: &c, at: at)
        case .textLength(let comparison):
            c.validate = UInt8(LXW_VALIDATION_TYPE_LENGTH.rawValue)
            let numbers = comparison.map(Double.init)
            if numbers.values.contains(where: { $0 < 0 }) {
                throw WriterError.invalidArgument(field: .validationBounds, problem: .negativeTextLength, at: at)
            }
            try Self.apply(numbers, to: &c, at: at)
        case .date(let comparison):
            c.validate = UInt8(LXW_VALIDATION_TYPE_DATE.rawValue)
            for date in comparison.values {
                if let problem = date.problem { throw WriterError.invalidArgument(field: .validationBounds, problem: problem, at: at) }
            }
            if case .between(let low, let high) = comparison, low.excelSerial > high.excelSerial {
                throw WriterError.invalidArgument(field: .validationBounds, problem: .startAfterEnd(start: low, end: high), at: at)
            }
            if case .notBetween(let low, let high) = comparison, low.excelSerial > high.excelSerial {
                throw WriterError.invalidArgument(field: .validationBounds, problem: .startAfterEnd(start: low, end: high), at: at)
            }
            c.criteria = comparison.criteria
            switch comparison {
            case .between(let low, let high), .notBetween(let low, let high):
                c.minimum_datetime = low.lxw
                c.maximum_datetime = high.lxw
            case .equal(let v), .notEqual(let v), .greaterThan(let v), .lessThan(let v),
                .greaterThanOrEqual(let v), .lessThanOrEqual(let v):
                c.value_datetime = v.lxw
            }
        case .custom(let formula):
            try requireFormula(formula, field: .validationFormula, at: nil)
            c.validate = UInt8(LXW_VALIDATION_TYPE_CUSTOM_FORMULA.rawValue)
            c.value_formula = strings.copy(formula)
        case .any:
            c.validate = UInt8(LXW_VALIDATION_TYPE_ANY.rawValue)
        }
    }

    private static func apply(
        _ comparison: DataValidation.Comparison<Double>, to c: inout lxw_data_validation, at: WriterError.Location
    ) throws(WriterError) {
        if comparison.values.contains(where: { !$0.isFinite }) {
            throw .invalidArgument(field: .validationBounds, problem: .boundNotFinite, at: at)
        }
        c.criteria = comparison.criteria
        switch comparison {
        case .between(let low, let high), .notBetween(let low, let high):
            guard low <= high else {
                throw .invalidArgument(field: .validationBounds, problem: .minimumAboveMaximum(minimum: low, maximum: high), at: at)
            }
            c.minimum_number = low
            c.maximum_number = high
        case .equal(let v), .notEqual(let v), .greaterThan(let v), .lessThan(let v),
            .greaterThanOrEqual(let v), .lessThanOrEqual(let v):
            c.value_number = v
        }
    }
}

extension DataValidation.Comparison {
    /// The same comparison on converted values.
    func map<T>(_ transform: (Value) -> T) -> DataValidation.Comparison<T> {
        switch self {
        case .between(let a, let b): return .between(transform(a), transform(b))
        case .notBetween(let a, let b): return .notBetween(transform(a), transform(b))
        case .equal(let v): return .equal(transform(v))
        case .notEqual(let v): return .notEqual(transform(v))
        case .greaterThan(let v): return .greaterThan(transform(v))
        case .lessThan(let v): return .lessThan(transform(v))
        case .greaterThanOrEqual(let v): return .greaterThanOrEqual(transform(v))
        case .lessThanOrEqual(let v): return .lessThanOrEqual(transform(v))
        }
    }

    /// The one or two values compared against.
    var values: [Value] {
        switch self {
        case .between(let a, let b), .notBetween(let a, let b): return [a, b]
        case .equal(let v), .notEqual(let v), .greaterThan(let v), .lessThan(let v),
            .greaterThanOrEqual(let v), .lessThanOrEqual(let v):
            return [v]
        }
    }

    /// libxlsxwriter's `lxw_validation_criteria`.
    var criteria: UInt8 {
        let value: lxw_validation_criteria
        switch self {
        case .between: value = LXW_VALIDATION_CRITERIA_BETWEEN
        case .notBetween: value = LXW_VALIDATION_CRITERIA_NOT_BETWEEN
        case .equal: value = LXW_VALIDATION_CRITERIA_EQUAL_TO
        case .notEqual: value = LXW_VALIDATION_CRITERIA_NOT_EQUAL_TO
        case .greaterThan: value = LXW_VALIDATION_CRITERIA_GREATER_THAN
        case .lessThan: value = LXW_VALIDATION_CRITERIA_LESS_THAN
        case .greaterThanOrEqual: value = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO
        case .lessThanOrEqual: value = LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO
        }
        return UInt8(value.rawValue)
    }
}

extension ListSpill {
    /// Writes the items down from `start` and returns the range that holds them.
    func write(_ items: [String], at: WriterError.Location) throws -> SheetRange {
        guard !items.isEmpty else {
            throw WriterError.invalidArgument(field: .validationList, problem: .emptyList, at: at)
        }
        let range = RangeAddress(start, CellAddress(row: start.row + items.count - 1, column: start.column))
        guard range.isInsideSheet else { throw WriterError.cellOutOfRange(at: sheet.location(range)) }
        for (offset, item) in items.enumerated() {
            try sheet.write(item, at: CellAddress(row: start.row + offset, column: start.column))
        }
        return sheet.range(range)
    }
}
