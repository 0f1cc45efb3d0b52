import DXCertRules
import Foundation
import OOXMLReader

/// Reads 幹部職員/一般職員/専門家 and common variants (`専門家（委託業者）`, `幹部`).
enum CategoryParser {
    static func parse(_ text: String) -> JudgeCategory? {
        let t = TextNormalizer.nameKey(text)
        if t.isEmpty { return nil }
        if let c = JudgeCategory(rawValue: t) { return c }
        if t.hasPrefix("幹部") || t.contains("政策的") { return .executive }
        if t.hasPrefix("一般") { return .general }
        if t.hasPrefix("専門") || t.contains("技術的") || t.contains("委託") || t.contains("外部") { return .expert }
        return nil
    }
}
