import DXCertIngest
import DXCertRules
import Foundation
import XLSXWriter

/// The 合計（100点換算） of one row (report sheet) or one sheet (leader sheet):
/// 100 × Σ(weight × score ÷ max) ÷ Σ weight, the formula of docs/rules.md §3.1.
///
/// The formula reads a score from a dropdown text (`4：よい`, or `4:よい` as the setup reader
/// normalizes it), a number (`4`) or full-width text (`４`): the cell made half-width with ASC
/// (which also turns `：` into `:`), the part before the first `:`, through VALUE. It is
/// blank until the row is complete (or, with partial scoring, until one item is entered), and
/// shows 入力を確認 for a value it cannot read. The same rules compute the cached result
/// written with it, so programs that do not recalculate (our reader, openpyxl) see the total.
struct TotalFormula {
    struct Term {
        var cell: CellAddress
        var weight: Double
        var maxScore: Int
    }

    var terms: [Term]
    /// Partial scoring (認定基準): blank items are left out of both sums.
    var partial: Bool

    /// Shown when an entered value is not a number.
    static let unreadable = "入力を確認"

    /// The formula text (with `=`).
    var formula: String {
        let cells = terms.map(\.cell.a1).joined(separator: ",")
        let weightSum = terms.map(\.weight).reduce(0, +)
        if partial {
            let numerator = terms.map { "IF(\($0.cell.a1)=\"\",0,\(Self.term($0)))" }.joined(separator: "+")
            let denominator = terms.map { "IF(\($0.cell.a1)=\"\",0,\(Self.number($0.weight)))" }.joined(separator: "+")
            return "=IF(COUNTA(\(cells))=0,\"\",IFERROR(100*(\(numerator))/(\(denominator)),\"\(Self.unreadable)\"))"
        }
        let numerator = terms.map(Self.term).joined(separator: "+")
        return "=IF(COUNTA(\(cells))<\(terms.count),\"\",IFERROR(100*(\(numerator))/\(Self.number(weightSum)),\"\(Self.unreadable)\"))"
    }

    /// What Excel computes for `values` (one per term, nil = blank cell).
    func result(_ values: [AnswerValue?]) -> FormulaResult {
        precondition(values.count == terms.count)
        let entered = values.compactMap { $0 }.count
        if partial ? entered == 0 : entered < terms.count { return .text("") }
        var numerator = 0.0
        var denominator = 0.0
        for (term, value) in zip(terms, values) {
            guard let value else { continue }
            guard let v = Self.value(value) else { return .text(Self.unreadable) }
            // Same operation order as the formula: (w × v) ÷ max, summed left to right.
            numerator += term.weight == 1 ? v / Double(term.maxScore) : term.weight * v / Double(term.maxScore)
            denominator += term.weight
        }
        return .number(100 * numerator / denominator)
    }

    /// VALUE(LEFT(ASC(x), FIND(":", ASC(x)&":")-1)) for an entered value (NFKC stands in for ASC).
    static func value(_ answer: AnswerValue) -> Double? {
        switch answer {
        case .number(let n): return n
        case .text(let s):
            let half = s.precomposedStringWithCompatibilityMapping
            let head = half.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            return Double(head.trimmingCharacters(in: .whitespaces))
        }
    }

    private static func term(_ t: Term) -> String {
        let c = t.cell.a1
        let v = "VALUE(LEFT(ASC(\(c)),FIND(\":\",ASC(\(c))&\":\")-1))"
        return t.weight == 1 ? "\(v)/\(t.maxScore)" : "\(number(t.weight))*\(v)/\(t.maxScore)"
    }

    /// A number as a formula literal: `1`, `0.5`.
    private static func number(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : "\(d)"
    }
}
