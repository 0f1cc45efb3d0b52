import Foundation

/// Scores as judges enter them: numbers, numeric text, full-width digits, or dropdown text
/// such as `4：よい` (docs/rules.md §6.6–6.7). Valid scores lie from 0 to the criterion's maximum.
public enum ScoreParser {
    public static func parse(_ value: EnteredValue?, max: Int) -> ScoreEntry {
        guard let value else { return .blank }
        let number: Double
        switch value {
        case .number(let n):
            number = n
        case .date, .other:
            return .invalid("「\(value.text)」は点数ではありません")
        case .text(let s):
            switch textMemo.value(UTF8Key(s), { reading(s) }) {
            case .blank: return .blank
            case .notANumber: return .invalid("「\(s)」は点数ではありません")
            case .number(let n): number = n
            }
        }
        guard number >= 0, number <= Double(max) else {
            return .invalid("\(NumberFormatting.plain(number)) は範囲外です（0〜\(max)点）")
        }
        return .value(number)
    }

    /// What a score text says before its range is checked.
    enum TextReading: Sendable {
        case blank
        case notANumber
        case number(Double)
    }

    /// A score column holds the same few texts (its dropdown's) thousands of times.
    private static let textMemo = Memo<UTF8Key, TextReading>(capacity: 1_024, striping: .byThread)

    static func reading(_ s: String) -> TextReading {
        let t = TextNormalizer.normalize(s)
        if t.isEmpty { return .blank }
        return leadingNumber(t).map(TextReading.number) ?? .notANumber
    }

    /// The number at the start of `4：よい`, `4: よい`, `4点`, `3.5`; nil when the text does not start with one
    /// or has more digits after its label (e.g. `4-5`).
    static func leadingNumber(_ t: String) -> Double? {
        var digits = ""
        var rest = Substring(t)
        while let c = rest.first, c.isASCII, c.isNumber || c == "." || (c == "-" && digits.isEmpty) || (c == "+" && digits.isEmpty) {
            digits.append(c)
            rest = rest.dropFirst()
        }
        guard let n = Double(digits) else { return nil }
        let tail = TextNormalizer.normalize(String(rest))
        if tail.isEmpty { return n }
        // A label must follow a separator or the word 点: `4：よい`, `4 よい`, `4点`.
        guard let first = tail.first, "：:・.) 　点-ー―－".contains(first) || !first.isNumber else { return nil }
        if tail.contains(where: { $0.isASCII && $0.isNumber }) { return nil }
        return n
    }
}
