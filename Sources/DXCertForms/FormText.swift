import DXCertIngest
import DXCertRules
import Foundation

/// Widths and heights for Japanese text, in Excel's units.
enum FormText {
    /// Display width in Excel column units: full-width characters count 2, others 1.
    static func width(_ text: String) -> Double {
        var w = 0.0
        for scalar in text.unicodeScalars {
            w += isWide(scalar) ? 2 : 1
        }
        return w
    }

    /// The widest line of `texts` (+2 for padding), clamped to `minimum...maximum`.
    static func columnWidth(_ texts: [String], minimum: Double, maximum: Double) -> Double {
        let widest = texts.flatMap { $0.split(separator: "\n").map(String.init) }.map(width).max() ?? 0
        return min(max(widest + 2, minimum), maximum)
    }

    /// Lines `text` takes in a column `columnWidth` wide (wrapped).
    static func lines(_ text: String, columnWidth: Double) -> Int {
        let usable = max(columnWidth - 1, 1)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { max(1, Int((width(String($0)) / usable).rounded(.up))) }
            .reduce(0, +)
    }

    /// A row height (points) fitting `lines` lines of text at `fontSize`.
    static func rowHeight(lines: Int, fontSize: Double = 11) -> Double {
        let perLine = fontSize * 1.45
        return min(409, max(18, (Double(max(lines, 1)) * perLine + 4).rounded(.up)))
    }

    private static func isWide(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3040...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
            0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD, 0x3000:
            return true
        case 0x2460...0x24FF, 0x25A0...0x25FF, 0x2600...0x26FF, 0x2190...0x21FF, 0x203B:
            return true  // ①, ■, ※, arrows: full width in Japanese fonts
        default:
            return false
        }
    }
}

extension FormText {
    /// A judge category as shown on forms: `幹部職員（政策的観点）`, `一般職員`, `専門家（技術的観点）`.
    /// `CategoryParser` reads every form back.
    static func category(_ category: JudgeCategory) -> String {
        category == .general ? category.rawValue : "\(category.rawValue)（\(category.viewpoint)）"
    }
}

extension FormText {
    /// A scale as printed beside the dropdowns: one item a line (`5：非常によい` …), or on one
    /// line when the items are bare numbers (`10／9／…／1`).
    static func scale(_ items: [String]) -> String {
        let bare = items.allSatisfy { item in item.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") } }
        return items.joined(separator: bare ? "／" : "\n")
    }
}
