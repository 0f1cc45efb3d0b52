import Foundation

/// Numbers printed for people: `60`, `72.5`, never `60.0`.
public enum NumberFormatting {
    public static func plain(_ v: Double) -> String {
        if v == v.rounded() && abs(v) < 1e15 { return String(Int64(v)) }
        return String(format: "%g", v)
    }

    /// Shortest round-trip text, as a cell shows a number: `4`, `0.5`, `1e-07`, never `4.0`.
    public static func shortest(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return "\(v)"
    }

    /// One decimal place: `72.5`, `60.0` (printf's rounding of the exact binary value; the same
    /// few scores are printed in thousands of reasons, so results are memoized).
    public static func oneDecimal(_ v: Double) -> String {
        oneDecimalMemo.value(v.bitPattern) { String(format: "%.1f", v) }
    }

    private static let oneDecimalMemo = Memo<UInt64, String>()
}
