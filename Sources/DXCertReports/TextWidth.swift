import DXCertRules
import Foundation

/// How wide text looks in a cell, in Excel's column-width units (one unit ≈ one ASCII digit of
/// the default font).
///
/// Japanese characters (kana, kanji, full-width forms, and the symbols Japanese fonts draw full
/// width such as `→`, `○`, `…`) count `wide` units, everything else 1. In Excel a column unit
/// is the width of a digit of the workbook font: 8 px for 游ゴシック 11 pt, whose full-width
/// characters are 14.7 px, so 1.85 units each (LibreOffice's fallback fonts need a little
/// less). Close enough to size columns and rows without measuring fonts.
enum TextWidth {
    /// The width of the widest line of `text`.
    /// Units taken by one full-width character.
    static let wide = 1.85

    static func units(_ text: String) -> Double {
        // One pass, no line splitting: a report sizes its columns over every cell (100,000s of
        // texts in a city-wide year). ASCII text is one unit a byte.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var widest = 0, current = 0
            for byte in text.utf8 {
                if byte == 0x0A {
                    widest = max(widest, current)
                    current = 0
                } else {
                    current += 1
                }
            }
            return Double(max(widest, current))
        }
        var widest = 0.0, current = 0.0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                widest = max(widest, current)
                current = 0
            } else {
                current += isWide(scalar) ? wide : 1
            }
        }
        return max(widest, current)
    }

    /// The width of one line.
    static func lineUnits(_ line: Substring) -> Double {
        var total = 0.0
        for scalar in line.unicodeScalars {
            total += isWide(scalar) ? wide : 1
        }
        return total
    }

    /// The number of printed lines of `text` in a column `width` units wide (wrapped text).
    static func lineCount(_ text: String, width: Double) -> Int {
        // A cell loses about a character to its margins, and words of Latin text do not break
        // mid-word; keep a little slack so the estimate errs towards an extra line.
        let usable = max(1, width - 1.5)
        func lines(_ units: Double) -> Int { max(1, Int((units / usable - 1e-9).rounded(.up))) }
        // One pass over the scalars (every cell of a city's notices is measured): a line ends
        // at each LF, except the LF of a CR LF, which is one character and stays in its line.
        var count = 0
        var units = 0.0
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previous != "\r" {
                count += lines(units)
                units = 0
            } else {
                units += isWide(scalar) ? wide : 1
            }
            previous = scalar
        }
        return count + lines(units)
    }

    /// True for characters drawn full width by Japanese fonts.
    static func isWide(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x1100...0x115F,  // Hangul Jamo
            0x2010...0x2BFF,  // punctuation, arrows, maths, box drawing, shapes (full width in Japanese fonts)
            0x2E80...0x303E,  // CJK radicals, ideographic punctuation (、。「」)
            0x3041...0x33FF,  // kana, CJK compatibility
            0x3400...0x4DBF,  // CJK extension A
            0x4E00...0x9FFF,  // CJK unified ideographs
            0xA000...0xA4CF,
            0xAC00...0xD7A3,  // Hangul syllables
            0xF900...0xFAFF,  // CJK compatibility ideographs
            0xFE30...0xFE4F,
            0xFF00...0xFF60,  // full-width forms
            0xFFE0...0xFFE6,
            0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
