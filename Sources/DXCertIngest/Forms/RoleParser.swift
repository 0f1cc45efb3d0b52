import DXCertRules
import Foundation
import OOXMLReader

/// Reads `リーダー`/`メンバー` and common variants.
enum RoleParser {
    static func parse(_ text: String) -> Role? {
        let t = TextNormalizer.nameKey(text).lowercased()
        if ["リーダー", "リーダ", "leader", "l", "代表", "班長"].contains(t) { return .leader }
        if ["メンバー", "メンバ", "member", "m", "班員", "構成員"].contains(t) { return .member }
        return nil
    }
}
