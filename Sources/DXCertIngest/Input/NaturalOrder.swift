import DXCertRules
import Foundation

/// File-name order as people expect it: digit runs compare as numbers (`J2` before `J10`).
enum NaturalOrder {
    static func less(_ a: String, _ b: String) -> Bool {
        less(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    /// `less` on names already split into scalars (a sort makes them once per name).
    static func less(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Bool {
        // Paths in one folder share long beginnings (`メンバー評価/P01…`): skip what is equal, back
        // to the start of a digit run it ends in. Equal digit runs before that point have equal
        // lengths, so they decide nothing, not even the leading-zeros tie.
        var start = 0
        let common = min(x.count, y.count)
        while start < common, x[start] == y[start] { start += 1 }
        while start > 0, isDigit(x[start - 1]) { start -= 1 }
        var i = start, j = start
        var zerosTie: Bool?  // `1` before `01`, decided only if nothing else differs
        while i < x.count && j < y.count {
            if isDigit(x[i]) && isDigit(y[j]) {
                var ei = i, ej = j
                while ei < x.count, isDigit(x[ei]) { ei += 1 }
                while ej < y.count, isDigit(y[ej]) { ej += 1 }
                let da = x[i..<ei].drop { $0 == "0" }, db = y[j..<ej].drop { $0 == "0" }
                if da.count != db.count { return da.count < db.count }
                for (p, q) in zip(da, db) where p != q { return p.value < q.value }
                if zerosTie == nil, (ei - i) != (ej - j) { zerosTie = (ei - i) < (ej - j) }
                i = ei
                j = ej
            } else {
                if x[i] != y[j] { return x[i].value < y[j].value }
                i += 1
                j += 1
            }
        }
        if x.count - i != y.count - j { return x.count - i < y.count - j }
        return zerosTie ?? false
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
}
