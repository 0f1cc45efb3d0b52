import Foundation
import Testing

@testable import DXCertRules

/// The helpers behind the reading speed-ups: byte keys for normalized text, bounded memos.
@Suite("UTF8Key and Memo")
struct UTF8KeyAndMemoTests {
    @Test("keys of normalized text are equal exactly when their bytes are; dictionaries find them")
    func keys() {
        let a = UTF8Key(TextNormalizer.labelKey("プロジェクト ID")), b = UTF8Key("プロジェクトID")
        #expect(a == b && a.hashValue == b.hashValue)
        #expect(UTF8Key("評価") != UTF8Key("評価 "))
        let map = [UTF8Key("氏名"): 1, UTF8Key("職員番号"): 2]
        #expect(map[UTF8Key(TextNormalizer.labelKey("職員 番号"))] == 2)
    }

    @Test("a memo computes once per key, and starts over when full instead of growing")
    func memo() {
        let memo = Memo<Int, String>(capacity: 4_096)
        var calls = 0
        for k in [1, 2, 1, 2, 3, 1] {
            _ = memo.value(k) {
                calls += 1; return "\(k)"
            }
        }
        #expect(calls == 3)
        #expect(memo.value(2) { "other" } == "2")
        // 16 entries in all (one per stripe): 100 keys cannot all stay, so a second pass recomputes most.
        let small = Memo<Int, Int>(capacity: 16)
        for k in 0..<100 { _ = small.value(k) { k } }
        var recomputed = 0
        for k in 0..<100 {
            _ = small.value(k) {
                recomputed += 1; return k
            }
        }
        #expect(recomputed > 50, "\(recomputed)")
    }

    @Test("scores read through the memo are what the parser says without it")
    func scoreTexts() {
        for text in ["5：非常によい", "４", " 3.5 ", "よい", "4-5", "　", "3点"] {
            let direct = ScoreParser.reading(text)
            let viaMemo = ScoreParser.parse(.text(text), max: 5)
            switch (direct, viaMemo) {
            case (.blank, .blank), (.notANumber, .invalid): break
            case (.number(let n), .value(let v)): #expect(n == v)
            case (.number, .invalid): break  // out of range is decided after reading
            default: Issue.record("\(text): \(direct) vs \(viaMemo)")
            }
        }
    }
}
