import DXCertRules
import Foundation
import OOXMLReader

/// Reads `DXアドバイザー`, `アドバイザー`, `エキスパート`, `スペシャリスト` and variants.
enum TierParser {
    static func parse(_ text: String) -> Tier? {
        let t = TextNormalizer.nameKey(text).uppercased()
        if t.contains("スペシャリスト") || t.contains("SPECIALIST") { return .specialist }
        if t.contains("エキスパート") || t.contains("EXPERT") { return .expert }
        if t.contains("アドバイザー") || t.contains("アドバイザ") || t.contains("ADVISOR") || t.contains("ADVISER") { return .advisor }
        return nil
    }
}
