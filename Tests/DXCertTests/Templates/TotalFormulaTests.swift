import Foundation
import Testing
import XLSXWriter

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertMessages
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

/// The total formula and the cached value computed with it agree on every kind of entry.
@Suite("Templates: 合計（100点換算）")
struct TotalFormulaTests {
    static let terms = [
        TotalFormula.Term(cell: CellAddress(row: 11, column: 3), weight: 2, maxScore: 5),
        TotalFormula.Term(cell: CellAddress(row: 11, column: 4), weight: 1, maxScore: 5),
        TotalFormula.Term(cell: CellAddress(row: 11, column: 5), weight: 1, maxScore: 10),
    ]

    @Test("formula text: blank until complete, ASC then the part before the colon, weights and maxima")
    func formulaText() {
        let f = TotalFormula(terms: Self.terms, partial: false)
        #expect(
            f.formula
                == #"=IF(COUNTA(D12,E12,F12)<3,"",IFERROR(100*(2*VALUE(LEFT(ASC(D12),FIND(":",ASC(D12)&":")-1))/5+VALUE(LEFT(ASC(E12),FIND(":",ASC(E12)&":")-1))/5+VALUE(LEFT(ASC(F12),FIND(":",ASC(F12)&":")-1))/10)/4,"入力を確認"))"#
        )
        let p = TotalFormula(terms: Array(Self.terms.prefix(2)), partial: true)
        #expect(
            p.formula
                == #"=IF(COUNTA(D12,E12)=0,"",IFERROR(100*(IF(D12="",0,2*VALUE(LEFT(ASC(D12),FIND(":",ASC(D12)&":")-1))/5)+IF(E12="",0,VALUE(LEFT(ASC(E12),FIND(":",ASC(E12)&":")-1))/5))/(IF(D12="",0,2)+IF(E12="",0,1)),"入力を確認"))"#
        )
    }

    @Test("cached values: dropdown text (either colon), numbers, full-width digits; blank and unreadable")
    func cachedValues() {
        let f = TotalFormula(terms: Self.terms, partial: false)
        #expect(f.result([.text("4：よい"), .number(3), .text("８")]) == .number(100 * (2 * 4.0 / 5 + 3.0 / 5 + 8.0 / 10) / 4))
        #expect(f.result([.text("5:非常によい"), .text("5：非常によい"), .number(10)]) == .number(100))
        #expect(f.result([.text("4：よい"), nil, .number(3)]) == .text(""))
        #expect(f.result([nil, nil, nil]) == .text(""))
        #expect(f.result([.text("よい"), .number(3), .number(3)]) == .text("入力を確認"))
        let p = TotalFormula(terms: Self.terms, partial: true)
        #expect(p.result([.text("4：よい"), nil, nil]) == .number(80))
        #expect(p.result([nil, .number(5), .number(5)]) == .number(75))  // (5/5 + 5/10) ÷ 2
        #expect(p.result([nil, nil, nil]) == .text(""))
    }
}

@Suite("Templates: file names")
struct FileNamingTests {
    @Test("names without spaces or characters Windows refuses, each part at most 40 characters")
    func safeNames() {
        #expect(FileNaming.name(["R6", "報告会評価", "J01", "山田　太郎"]) == "R6_報告会評価_J01_山田太郎.xlsx")
        #expect(FileNaming.name(["R6", "報告会評価", "A/B:C*?", "株式会社 <テスト> \"社\""]) == "R6_報告会評価_A_B_C___株式会社_テスト__社_.xlsx")
        #expect(FileNaming.name(["R6", "", "..x.."]) == "R6_x.xlsx")
        #expect(FileNaming.part(String(repeating: "長", count: 60)).count == 40)
    }

    @Test("names that clash after cleaning get _2")
    func clashingNames() throws {
        let setup = YearSetup(
            year: FiscalYear(2024),
            judges: [
                Judge(id: "J/1", name: "山田", category: .executive),
                Judge(id: "J:1", name: "山田", category: .executive),
            ])
        let plan = SheetGenerator.plan(setup, root: URL(fileURLWithPath: "/tmp/x"))
        #expect(plan.map(\.relativePath) == ["令和6年度/報告会評価/R6_報告会評価_J_1_山田.xlsx", "令和6年度/報告会評価/R6_報告会評価_J_1_山田_2.xlsx"])
    }
}
