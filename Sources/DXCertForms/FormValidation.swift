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

    /// An input message only (any value accepted).
    static func hint(title: String, message: String) -> DataValidation {
        DataValidation(
            .any, ignoreBlank: true,
            inputTitle: FormLimits.clipped(title, FormLimits.validationTitle),
            inputMessage: FormLimits.clipped(message, FormLimits.validationMessage))
    }
}
