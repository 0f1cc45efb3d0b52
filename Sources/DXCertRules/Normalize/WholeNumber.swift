import Foundation

/// Whole numbers taken from cells, converted only when they fit.
///
/// A cell can hold 1e19, 1e308, infinity or NaN (typed, pasted or computed); `Int(double)`
/// traps on all of them. Every file-derived number becomes an `Int` through here: finite,
/// integral and inside an explicit range, else nil (the caller reports it as an input problem).
public enum WholeNumber {
    /// `d` as an `Int` when it is finite, has no fractional part and lies in `range`.
    public static func exact(_ d: Double, in range: ClosedRange<Int>) -> Int? {
        // Int(exactly:) is nil for NaN, infinities, fractions and anything beyond Int.
        guard let n = Int(exactly: d), range.contains(n) else { return nil }
        return n
    }

    /// The text of a number typed as text (`６０`, ` 60 `, `1,000`), as a Double; nil when it is not one.
    /// Only decimal notation is accepted (not `nan`, `inf` or hexadecimal, which `Double(_:)` would read).
    public static func parse(_ text: String) -> Double? {
        let t = TextNormalizer.normalize(text).replacingOccurrences(of: ",", with: "")
        guard !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
            t.contains(where: { $0.isNumber })
        else { return nil }
        return Double(t)
    }

    /// Why `text` is not a whole number in `range`, e.g. `範囲外です（2〜10 の整数を入力してください）`
    /// (Japanese, placed after the value it speaks of); nil when it is one.
    public static func problem(_ text: String, in range: ClosedRange<Int>) -> String? {
        let what = "\(range.lowerBound)〜\(range.upperBound) の整数を入力してください"
        guard let d = parse(text) else { return "数値ではありません（\(what)）" }
        guard d.isFinite, d >= Double(range.lowerBound), d <= Double(range.upperBound) else { return "範囲外です（\(what)）" }
        guard exact(d, in: range) != nil else { return "整数ではありません（\(what)）" }
        return nil
    }
}
