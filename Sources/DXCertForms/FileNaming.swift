import DXCertIngest
import DXCertRules
import Foundation

/// File names a clerk can sort and attach to mail: `R6_報告会評価_J01_山田太郎.xlsx`.
///
/// Safe on Windows, macOS and Linux and in mail attachments: no `\ / : * ? " < > |`, no control
/// characters, no spaces (names are compared without spaces anyway), no leading or trailing
/// dots, each part at most 40 characters.
enum FileNaming {
    static let maxPartLength = 40

    /// One part of a file name.
    static func part(_ text: String) -> String {
        var out = ""
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{3000}" || scalar == "\u{200B}" || scalar == "\u{FEFF}" { continue }
            if scalar.value < 0x20 || scalar.value == 0x7F || "\\/:*?\"<>|".unicodeScalars.contains(scalar) {
                out.unicodeScalars.append("_")
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        while out.hasPrefix(".") { out.removeFirst() }
        while out.hasSuffix(".") { out.removeLast() }
        if out.count > maxPartLength { out = String(out.prefix(maxPartLength)) }
        return out
    }

    /// `parts` joined with `_` (empty parts left out) plus `.xlsx`.
    static func name(_ parts: [String]) -> String {
        parts.map(part).filter { !$0.isEmpty }.joined(separator: "_") + ".xlsx"
    }
}
