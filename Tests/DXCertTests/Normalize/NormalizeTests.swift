import OOXMLReader
import Testing

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertMessages
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

@Suite("Normalize: text, IDs, years, scores (docs/rules.md §6.6–6.7)")
struct NormalizeTests {
    @Test func textIsNFKCTrimmedAndCollapsed() {
        #expect(TextNormalizer.normalize("  ＤＸ　推進\t課  ") == "DX 推進 課")
        #expect(TextNormalizer.normalize("１２３") == "123")
        #expect(TextNormalizer.normalize("ｶﾀｶﾅ") == "カタカナ")
        #expect(TextNormalizer.nameKey("山田　太郎") == TextNormalizer.nameKey("山田 太郎"))
        #expect(TextNormalizer.nameKey(" 山田太郎 ") == "山田太郎")
    }

    @Test("staff IDs keep leading zeros; a number 123 equals text 00123 when the width is 5")
    func staffIDs() {
        #expect(StaffIDNormalizer.normalize(EnteredValue.number(123), width: 5) == StaffID("00123"))
        #expect(StaffIDNormalizer.normalize(EnteredValue.text("00123"), width: 5) == StaffID("00123"))
        #expect(StaffIDNormalizer.normalize(EnteredValue.text("００１２３"), width: 5) == StaffID("00123"))
        #expect(StaffIDNormalizer.normalize(EnteredValue.text("'0123"), width: 0) == StaffID("0123"))
        #expect(StaffIDNormalizer.normalize(EnteredValue.number(123), width: 0) == StaffID("123"))
        #expect(StaffIDNormalizer.normalize(EnteredValue.text("a-12"), width: 5) == StaffID("A-12"))
        #expect(StaffIDNormalizer.normalize(EnteredValue.text("  "), width: 5) == nil)
        #expect(StaffIDNormalizer.normalize(EnteredValue?.none, width: 5) == nil)
    }

    @Test(
        "years in every common spelling",
        arguments: [
            ("令和6年度", 2024), ("R6", 2024), ("r6", 2024), ("Ｒ６", 2024), ("2024", 2024), ("2024年度", 2024),
            ("２０２４", 2024), ("令和元年度", 2019), ("平成30年度", 2018), ("H30", 2018), ("FY2023", 2023), ("令和 5 年度", 2023),
        ])
    func years(text: String, year: Int) {
        #expect(YearParser.parse(text) == FiscalYear(year))
    }

    @Test func yearsFromCells() {
        #expect(YearParser.parse(EnteredValue.number(2024)) == FiscalYear(2024))
        #expect(YearParser.parse(EnteredValue.date(year: 2025, month: 2, text: "2025-02-15")) == FiscalYear(2024))
        #expect(YearParser.parse(EnteredValue.date(year: 2024, month: 4, text: "2024-04-01")) == FiscalYear(2024))
        #expect(YearParser.parse(EnteredValue.text("来年")) == nil)
        #expect(YearParser.parse(EnteredValue.number(6)) == nil)
    }

    @Test func fiscalYearLabels() {
        #expect(FiscalYear(2023).label == "令和5年度")
        #expect(FiscalYear(2019).label == "令和元年度")
        #expect(FiscalYear(2024).shortLabel == "R6")
    }

    @Test("scores: numbers, numeric text, full-width digits, dropdown text; blank is not zero")
    func scores() {
        #expect(ScoreParser.parse(EnteredValue.number(4), max: 5) == .value(4))
        #expect(ScoreParser.parse(EnteredValue.text("4"), max: 5) == .value(4))
        #expect(ScoreParser.parse(EnteredValue.text("４"), max: 5) == .value(4))
        #expect(ScoreParser.parse(EnteredValue.text("4：よい"), max: 5) == .value(4))
        #expect(ScoreParser.parse(EnteredValue.text("４：よい"), max: 5) == .value(4))
        #expect(ScoreParser.parse(EnteredValue.text("5:非常によい"), max: 5) == .value(5))
        #expect(ScoreParser.parse(EnteredValue.text("3点"), max: 5) == .value(3))
        #expect(ScoreParser.parse(EnteredValue.text(" 3.5 "), max: 5) == .value(3.5))
        #expect(ScoreParser.parse(EnteredValue.number(0), max: 5) == .value(0))
        #expect(ScoreParser.parse(EnteredValue?.none, max: 5) == .blank)
        #expect(ScoreParser.parse(EnteredValue.text("　"), max: 5) == .blank)
        guard case .invalid = ScoreParser.parse(EnteredValue.number(6), max: 5) else { Issue.record("6 of 5 must be invalid"); return }
        guard case .invalid = ScoreParser.parse(EnteredValue.text("よい"), max: 5) else { Issue.record("text must be invalid"); return }
        guard case .invalid = ScoreParser.parse(EnteredValue.text("4-5"), max: 5) else { Issue.record("a range must be invalid"); return }
        guard case .invalid = ScoreParser.parse(EnteredValue.number(-1), max: 5) else { Issue.record("-1 must be invalid"); return }
        guard case .invalid = ScoreParser.parse(EnteredValue.other("#N/A"), max: 5) else { Issue.record("an error must be invalid"); return }
    }
}

@Suite("Normalize: fast paths agree with the general one")
struct NormalizeFastPathTests {
    @Test func asciiAndCached() {
        #expect(TextNormalizer.normalize("  a \t b\n") == "a b")
        #expect(TextNormalizer.normalize("abc") == "abc")
        #expect(TextNormalizer.normalize("") == "")
        #expect(TextNormalizer.labelKey("評価項目 : 名前") == "評価項目：名前")
        #expect(TextNormalizer.labelKey("職員番号（半角）") == "職員番号(半角)")
        // Same input twice (second from the cache) gives the same answer.
        #expect(TextNormalizer.normalize("Ｐ０１　チーム") == "P01 チーム")
        #expect(TextNormalizer.normalize("Ｐ０１　チーム") == "P01 チーム")
    }
}

/// The fast paths of `TextNormalizer.normalize` (text already normal is returned as it is) give
/// exactly what NFKC and whitespace folding give, on text made of everything a sheet holds.
@Suite("Normalization fast paths agree with NFKC")
struct NormalizeNFKCAgreementTests {
    static let palette: [String] = [
        "山", "田", "太", "郎", "あ", "ア", "ー", "、", "。", "「", "」", "a", "Z", "0", "9", ":", "-", " ", " ", "　",
        "\t", "\u{00A0}", "ｶ", "ﾞ", "１", "Ａ", "：", "（", "）", "①", "é", "×", "〜", "～", "\u{200B}",
    ]

    /// NFKC, then every run of white space as one space, trimmed: what `normalize` promises.
    static func reference(_ s: String) -> String {
        let nfkc = s.precomposedStringWithCompatibilityMapping
        let spaces: Set<UInt32> = [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF]
        var out = ""
        var pending = false
        for scalar in nfkc.unicodeScalars {
            if spaces.contains(scalar.value) || (0x2000...0x200B).contains(scalar.value) {
                pending = !out.isEmpty
            } else {
                if pending { out.append(" ") }
                pending = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    @Test("20,000 random strings from the characters sheets are made of")
    func randomText() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...8, using: &generator)
            let s = (0..<length).map { _ in Self.palette.randomElement(using: &generator)! }.joined()
            #expect(TextNormalizer.normalize(s) == Self.reference(s), "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("name and label keys agree with NFKC, spaces removed and colons made full-width, on 20,000 random strings")
    func randomKeys() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...8, using: &generator)
            let s = (0..<length).map { _ in Self.palette.randomElement(using: &generator)! }.joined()
            // By scalars, as the keys are made: a space or `:` before a combining mark is one
            // Character, which Character-based replacing would not touch.
            let scalars = Self.reference(s).unicodeScalars.filter { $0 != " " }
            let name = String(String.UnicodeScalarView(scalars))
            let label = String(String.UnicodeScalarView(scalars.map { $0 == ":" ? "：" : $0 }))
            #expect(TextNormalizer.isBlank(s) == Self.reference(s).isEmpty, "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(TextNormalizer.nameKey(s) == name, "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(TextNormalizer.labelKey(s) == label, "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("IDs already normal are kept as they are; every other ID goes the full way (2,000 random IDs)")
    func ids() {
        var generator = SystemRandomNumberGenerator()
        let palette = ["P", "p", "0", "1", "9", "J", "-", "_", "'", " ", "　", "Ｐ", "１", "ａ", "\t", "山"]
        for _ in 0..<2_000 {
            let s = (0..<Int.random(in: 0...6, using: &generator)).map { _ in palette.randomElement(using: &generator)! }.joined()
            var full = TextNormalizer.normalize(s).filter { !$0.isWhitespace }.uppercased()
            if full.hasPrefix("'") { full.removeFirst() }
            #expect(IDNormalizer.normalize(s) == full, "\(s)")
            #expect(StaffIDNormalizer.normalize(s, width: 0)?.value ?? "" == full.uppercased(), "\(s)")
        }
    }

    @Test("SortedText.unique orders and deduplicates exactly as Set and sorted() do")
    func sortedUnique() {
        var generator = SystemRandomNumberGenerator()
        let files = ["報告会/J001.xlsx", "報告会/J002.xlsx", "メンバー評価/P01_1.xlsx", "a.xlsx", "B.xlsx", "報告会/J001.xlsx"]
        #expect(SortedText.unique(files) == Array(Set(files)).sorted())
        for _ in 0..<2_000 {
            let texts = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                (0..<Int.random(in: 0...4, using: &generator)).map { _ in Self.palette.randomElement(using: &generator)! }.joined()
            }
            #expect(SortedText.unique(texts) == Array(Set(texts)).sorted(), "\(texts)")
        }
    }

    @Test("text already normal is returned unchanged, anything else is not taken as normal")
    func alreadyNormal() {
        #expect(TextNormalizer.isNormalJapanese("山田 太郎"))
        #expect(TextNormalizer.isNormalJapanese("窓口DXチーム（利用者目線）") == false)  // full-width brackets fold
        #expect(!TextNormalizer.isNormalJapanese("山田  太郎"))
        #expect(!TextNormalizer.isNormalJapanese(" 山田"))
        #expect(!TextNormalizer.isNormalJapanese("山田 "))
        #expect(!TextNormalizer.isNormalJapanese("山田　太郎"))
        #expect(!TextNormalizer.isNormalJapanese("ｶﾀｶﾅ"))
    }
}
