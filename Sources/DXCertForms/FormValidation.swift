import DXCertIngest
import DXCertRules
import Foundation
import XLSXWriter

/// Data validations with Japanese messages, kept within Excel's lengths.
enum FormValidation {
    /// A dropdown validation: only the listed values are accepted; blank is allowed.
    static func dropdown(_ rule: DataValidation.Rule, title: String, message: String, error: String) -> DataValidation {
        DataValidation(
            rule, ignoreBlank: true,
            inputTitle: FormLimits.clipped(title, FormLimits.validationTitle),
            inputMessage: FormLimits.clipped(message, FormLimits.validationMessage),
            errorTitle: "一覧にない値です",
            errorMessage: FormLimits.clipped(error, FormLimits.validationMessage),
            errorStyle: .stop)
    }

    /// Any other rule with messages.
    static func rule(
        _ rule: DataValidation.Rule, title: String, message: String, errorTitle: String = "入力できない値です",
        error: String, style: DataValidation.ErrorStyle = .stop
    ) -> DataValidation {
        DataValidation(
            rule, ignoreBlank: true,
            inputTitle: FormLimits.clipped(title, FormLimits.validationTitle),
            inputMessage: FormLimits.clipped(message, FormLimits.validationMessage),
            errorTitle: FormLimits.clipped(errorTitle, FormLimits.validationTitle),
            errorMessage: FormLimits.clipped(error, FormLimits.validationMessage),
            errorStyle: style)
    }

    /// A date cell (2000–2100): `example` is shown in the hint (with `note` after it) and in the
    /// warning a value that is no date gets.
    static func date(title: String, example: String, note: String = "") -> DataValidation {
        rule(
            .date(.between(SheetDateTime(year: 2000, month: 1, day: 1), SheetDateTime(year: 2100, month: 12, day: 31))),
            title: title, message: "例：\(example)\(note)",
            error: "日付を「\(example)」のように入力してください。", style: .warning)
    }

    /// An input message only (any value accepted).
    static func hint(title: String, message: String) -> DataValidation {
        DataValidation(
            .any, ignoreBlank: true,
            inputTitle: FormLimits.clipped(title, FormLimits.validationTitle),
            inputMessage: FormLimits.clipped(message, FormLimits.validationMessage))
    }
}
