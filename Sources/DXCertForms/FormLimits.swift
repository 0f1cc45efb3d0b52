import DXCertIngest
import DXCertRules
import Foundation

/// Excel's limits that decide how forms are laid out (the writer refuses, never cuts, longer texts).
enum FormLimits {
    static let cellText = 32_767
    static let customProperty = 255
    static let validationTitle = 32
    static let validationMessage = 255
    /// Validations one sheet can hold in libxlsxwriter 1.1.4 (a `uint8_t` count).
    static let validationsPerSheet = 255

    /// `text` cut to `limit` UTF-16 units with an ellipsis (for help texts only, never data).
    static func clipped(_ text: String, _ limit: Int) -> String {
        guard text.utf16.count > limit else { return text }
        var out = ""
        for ch in text {
            if out.utf16.count + ch.utf16.count + 1 > limit { break }
            out.append(ch)
        }
        return out + "…"
    }
}
