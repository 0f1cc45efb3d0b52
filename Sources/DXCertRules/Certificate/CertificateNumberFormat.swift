import Foundation

/// The format of certificate numbers (認定番号の形式 in the 年度 sheet), e.g.
/// `第{年度略}-{連番:3}号` → `第R7-001号`.
///
/// The language is tiny on purpose (rules.md 9):
/// - `{年度略}`: the fiscal year's short label (`R7`);
/// - `{年度}`: its full label (`令和7年度`);
/// - `{連番}`: the serial number without padding; `{連番:N}` zero-padded to N digits (1–9).
/// Any other text is printed as it is. A format must contain exactly one serial.
public struct CertificateNumberFormat: Hashable, Sendable {
    /// The default: `第R7-001号`.
    public static let standard = CertificateNumberFormat(parts: [.text("第"), .shortYear, .text("-"), .serial(digits: 3), .text("号")])
    /// The default's text, as the template shows it.
    public static let standardText = "第{年度略}-{連番:3}号"

    enum Part: Hashable, Sendable {
        case text(String)
        case shortYear
        case fullYear
        case serial(digits: Int)
    }

    let parts: [Part]

    /// Why a typed format cannot be used (the parser words the Japanese message).
    public enum Problem: Error, Equatable, Sendable {
        /// `{…}` names no known field.
        case unknownField(String)
        /// A `{` without its `}`.
        case unclosedBrace
        /// No `{連番}`, or more than one.
        case serialCount(Int)
    }

    /// Reads a typed format; throws the first problem found.
    public static func parse(_ text: String) throws(Problem) -> CertificateNumberFormat {
        var parts: [Part] = []
        var literal = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            literal += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { throw .unclosedBrace }
            let field = String(rest[rest.index(after: open)..<close])
            if !literal.isEmpty { parts.append(.text(literal)) }
            literal = ""
            parts.append(try part(field))
            rest = rest[rest.index(after: close)...]
        }
        literal += rest
        if !literal.isEmpty { parts.append(.text(literal)) }
        let serials = parts.filter { if case .serial = $0 { return true } else { return false } }.count
        guard serials == 1 else { throw .serialCount(serials) }
        return CertificateNumberFormat(parts: parts)
    }

    private static func part(_ field: String) throws(Problem) -> Part {
        switch field {
        case "年度略": return .shortYear
        case "年度": return .fullYear
        case "連番": return .serial(digits: 1)
        default:
            if field.hasPrefix("連番:"), let digits = Int(field.dropFirst(3)), (1...9).contains(digits) {
                return .serial(digits: digits)
            }
            throw .unknownField("{\(field)}")
        }
    }

    /// The format written back in its own language (`第{年度略}-{連番:3}号`).
    public var text: String {
        parts.map { part in
            switch part {
            case .text(let text): return text
            case .shortYear: return "{年度略}"
            case .fullYear: return "{年度}"
            case .serial(let digits): return digits == 1 ? "{連番}" : "{連番:\(digits)}"
            }
        }.joined()
    }

    /// The number of the `serial`th (from 1) certificate of `year`.
    public func number(year: FiscalYear, serial: Int) -> String {
        parts.map { part in
            switch part {
            case .text(let text): return text
            case .shortYear: return year.shortLabel
            case .fullYear: return year.label
            case .serial(let digits):
                let plain = String(serial)
                return String(repeating: "0", count: max(0, digits - plain.count)) + plain
            }
        }.joined()
    }
}
