import Foundation

/// Decides whether a number format shows a date, a time or a duration.
public enum NumberFormat {
    /// Built-in format ids that are dates or times without a stored format code.
    ///
    /// 14–22 and 45–47 are the international ones. 27–36 and 50–58 are the East-Asian ones
    /// that Japanese Excel writes with no `<numFmt>` (e.g. 31 = `yyyy"年"m"月"d"日"`,
    /// 32 = `h"時"mm"分"`, 57 = `[$-411]ggge"年"m"月"d"日"`); other readers miss these.
    public static let builtInDateIDs: Set<Int> = Set(14...22).union(45...47).union(27...36).union(50...58)

    /// The codes of the built-in formats a reader may need to show (ECMA-376 18.8.30, ja-JP for 27–58).
    public static let builtInCodes: [Int: String] = [
        0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00",
        12: "# ?/?", 13: "# ??/??", 14: "yyyy/m/d", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy",
        18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "yyyy/m/d h:mm",
        27: "[$-411]ge.m.d", 28: "[$-411]ggge\"年\"m\"月\"d\"日\"", 29: "[$-411]ggge\"年\"m\"月\"d\"日\"",
        30: "m/d/yy", 31: "yyyy\"年\"m\"月\"d\"日\"", 32: "h\"時\"mm\"分\"", 33: "h\"時\"mm\"分\"ss\"秒\"",
        34: "yyyy\"年\"m\"月\"", 35: "m\"月\"d\"日\"", 36: "[$-411]ge.m.d",
        37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)",
        45: "mm:ss", 46: "[h]:mm:ss", 47: "mm:ss.0", 48: "##0.0E+0", 49: "@",
        50: "[$-411]ge.m.d", 51: "[$-411]ggge\"年\"m\"月\"d\"日\"", 52: "yyyy\"年\"m\"月\"", 53: "m\"月\"d\"日\"",
        54: "[$-411]ggge\"年\"m\"月\"d\"日\"", 55: "yyyy\"年\"m\"月\"", 56: "m\"月\"d\"日\"",
        57: "[$-411]ge.m.d", 58: "[$-411]ggge\"年\"m\"月\"d\"日\"",
    ]

    /// True when a cell with format `id` (and custom `code`, if the workbook defines one) is a date/time.
    ///
    /// A code stored in the workbook wins over the built-in meaning of its id.
    public static func isDateTime(id: Int, code: String?) -> Bool {
        if let code, !code.isEmpty { return isDateTime(code: code) }
        return builtInDateIDs.contains(id)
    }

    /// Sniffs a format code for date/time tokens.
    ///
    /// Counted: `y m d h s`, the Japanese era tokens `g e`, the markers `AM/PM` and `A/P`, plus
    /// elapsed-time brackets `[h] [mm] [ss]`. Ignored: text in quotes, other `[...]` (colours, `[$-411]` locales,
    /// conditions), the character after `\`, `_` and `*`, `General`, and the exponent `E+`/`E-`
    /// of scientific formats. The text section (after the third `;`) is not looked at.
    public static func isDateTime(code: String) -> Bool {
        let chars = Array(code.unicodeScalars)
        var i = 0
        var section = 0
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "\"":
                i += 1
                while i < chars.count, chars[i] != "\"" { i += 1 }
                i += 1
                continue
            case "\\", "_", "*":
                i += 2
                continue
            case "[":
                var j = i + 1
                var inner = ""
                while j < chars.count, chars[j] != "]" { inner.unicodeScalars.append(chars[j]); j += 1 }
                let lowered = inner.lowercased()
                if !lowered.isEmpty, lowered.allSatisfy({ $0 == "h" || $0 == "m" || $0 == "s" }) { return true }
                i = j + 1
                continue
            case ";":
                section += 1
                if section >= 3 { return false }
            case "G", "g":
                if matches(chars, i, "general") { i += 7; continue }
                return true
            case "E", "e":
                if i + 1 < chars.count, chars[i + 1] == "+" || chars[i + 1] == "-" { i += 2; continue }
                return true
            case "y", "Y", "m", "M", "d", "D", "h", "H", "s", "S":
                return true
            case "A", "a":
                // AM/PM and A/P are time-of-day markers (Excel shows a time even without h).
                if matches(chars, i, "am/pm") || matches(chars, i, "a/p") { return true }
            default:
                break
            }
            i += 1
        }
        return false
    }

    private static func matches(_ chars: [Unicode.Scalar], _ at: Int, _ word: String) -> Bool {
        let w = Array(word.unicodeScalars)
        guard at + w.count <= chars.count else { return false }
        for k in 0..<w.count where Character(chars[at + k]).lowercased() != String(w[k]) { return false }
        return true
    }
}
