import Foundation

/// する / しない and their usual variants.
enum OnOff {
    static func parse(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "する", "はい", "有", "あり", "有効", "on", "yes", "true", "1", "○", "〇": return true
        case "しない", "いいえ", "無", "なし", "無効", "off", "no", "false", "0", "×", "-": return false
        default: return nil
        }
    }
}
