import DXCertForms
import DXCertPipeline
import DXCertReports
import DXCertRules
import Foundation

/// The sample's story: みどり市 (fictional) runs the DX人材認定制度 from 令和5年度 (the seed's
/// first year: 21 staff in 5 teams before about 50 people, all 21 certified DXアドバイザー) to
/// 令和7年度. All names are made up.
struct SampleStory {
    static let organisation = "みどり市"
    static let seed: UInt64 = 20_230_401

    let prior: [PriorCertification]
    let priorCreated: DateComponents
    let years: [YearStory]

    // MARK: - People the story follows

    // 令和5年度 participants.
    static let takano = Staff(id: "10311", name: "高野 美咲")
    static let sato = Staff(id: "10542", name: "佐藤 健太")
    static let suzuki = Staff(id: "11205", name: "鈴木 陽菜")
    static let otsuka = Staff(id: "09876", name: "大塚 大輔")
    static let watanabe = Staff(id: "12110", name: "渡部 彩")
    static let tamura = Staff(id: "10178", name: "田村 翔")
    static let yamamoto = Staff(id: "11322", name: "山本 真由美")
    static let nakagawa = Staff(id: "12045", name: "中川 拓也")
    static let kojima = Staff(id: "11876", name: "小島 千尋")
    static let kato = Staff(id: "09544", name: "加藤 誠")
    static let yoshida = Staff(id: "11590", name: "吉田 亜希")
    static let hori = Staff(id: "10923", name: "堀 浩二")
    static let sasaki = Staff(id: "12201", name: "佐々木 萌")
    static let yamaguchi = Staff(id: "10067", name: "山口 直樹")
    static let matsuda = Staff(id: "11450", name: "松田 由佳")
    static let inoue = Staff(id: "11987", name: "井上 亮")
    static let kikuchi = Staff(id: "12318", name: "菊地 沙織")
    static let hirano = Staff(id: "10733", name: "平野 和也")
    static let shimizu = Staff(id: "11654", name: "清水 瑞穂")
    static let yamazaki = Staff(id: "12276", name: "山崎 悠斗")
    static let morita = Staff(id: "12403", name: "森田 奈々")

    // Certified in the 令和4年度 trial, before the tool (既認定者名簿).
    static let okada = Staff(id: "08215", name: "岡田 直美")
    static let ishii = Staff(id: "08932", name: "石井 大樹")

    // Joined in 令和6年度.
    static let murakami = Staff(id: "13012", name: "村上 玲奈")
    static let nomura = Staff(id: "13105", name: "野村 海斗")
    static let kanno = Staff(id: "12987", name: "菅野 里奈")
    static let ikeda = Staff(id: "13220", name: "池田 優花")
    static let fukuda = Staff(id: "13341", name: "福田 隼人")
    static let fujii = Staff(id: "13456", name: "藤井 拓海")
    static let ishikawa = Staff(id: "13502", name: "石川 美穂")
    static let goto = Staff(id: "13618", name: "後藤 大和")
    static let hasegawa = Staff(id: "13709", name: "長谷川 杏")
    static let kondo = Staff(id: "13811", name: "近藤 颯太")
    static let sakamoto = Staff(id: "13920", name: "坂本 結衣")

    // Joined in 令和7年度.
    static let harada = Staff(id: "14011", name: "原田 莉子")
    static let ueda = Staff(id: "14102", name: "上田 蓮")
    static let shibata = Staff(id: "14187", name: "柴田 美月")
    static let matsui = Staff(id: "14230", name: "松井 翼")
    static let chiba = Staff(id: "14315", name: "千葉 葵")
    static let uchida = Staff(id: "14402", name: "内田 陸")
    static let yokoyama = Staff(id: "14466", name: "横山 花音")
    static let miyazaki = Staff(id: "14521", name: "宮崎 湊")
    static let masuda = Staff(id: "14590", name: "増田 心春")
    static let komatsu = Staff(id: "14633", name: "小松 悠真")
    static let sugiyama = Staff(id: "14701", name: "杉山 楓")
    static let imai = Staff(id: "14788", name: "今井 大翔")
    static let maruyama = Staff(id: "14856", name: "丸山 咲良")

    // General staff in the audience whom the slips concern.
    static let odagiri = Staff(id: "07731", name: "小田切 勝")
    static let asano = Staff(id: "09318", name: "浅野 まゆみ")
    static let kurihara = Staff(id: "08460", name: "栗原 徹")

    /// The mayor and every executive (幹部職員), the same three years running.
    static let executives: [JudgeStory] = [
        JudgeStory(name: "大森 正和", category: .executive, department: "市長", staffID: nil),
        JudgeStory(name: "小野寺 隆", category: .executive, department: "副市長", staffID: nil),
        JudgeStory(name: "荒井 千代子", category: .executive, department: "教育長", staffID: nil),
        JudgeStory(name: "三浦 雅人", category: .executive, department: "総務部", staffID: "03118"),
        JudgeStory(name: "秋山 典子", category: .executive, department: "企画部", staffID: "03542"),
        JudgeStory(name: "久保 信也", category: .executive, department: "市民生活部", staffID: "03877"),
        JudgeStory(name: "安藤 美智子", category: .executive, department: "健康福祉部", staffID: "04011"),
        JudgeStory(name: "桜井 克也", category: .executive, department: "こども未来部", staffID: "04236"),
        JudgeStory(name: "野口 恒夫", category: .executive, department: "産業環境部", staffID: "03395"),
        JudgeStory(name: "関 博之", category: .executive, department: "建設部", staffID: "04120"),
        JudgeStory(name: "大川 実", category: .executive, department: "上下水道部", staffID: "03764"),
        JudgeStory(name: "宮本 京子", category: .executive, department: "教育部", staffID: "04402"),
        JudgeStory(name: "飯田 修", category: .executive, department: "会計課", staffID: "03209"),
        JudgeStory(name: "北村 英樹", category: .executive, department: "議会事務局", staffID: "03980"),
        JudgeStory(name: "西村 剛", category: .executive, department: "消防本部", staffID: "03655"),
    ]

    /// Outside experts (専門家: the system vendor, a university, consultants).
    static let experts: [JudgeStory] = [
        JudgeStory(name: "佐久間 亮", category: .expert, department: "みどりシステム株式会社", staffID: nil),
        JudgeStory(name: "原口 恵", category: .expert, department: "東都情報大学", staffID: nil),
        JudgeStory(name: "松浦 健", category: .expert, department: "株式会社北関東データサービス", staffID: nil),
        JudgeStory(name: "高木 由紀子", category: .expert, department: "自治体DXコンサルティング合同会社", staffID: nil),
        JudgeStory(name: "江口 誠司", category: .expert, department: "一般社団法人地域情報化推進機構", staffID: nil),
    ]

    /// Everyone the story names (kept out of the generated names).
    static var named: [Staff] {
        [
            takano, sato, suzuki, otsuka, watanabe, tamura, yamamoto, nakagawa, kojima, kato, yoshida, hori, sasaki,
            yamaguchi, matsuda, inoue, kikuchi, hirano, shimizu, yamazaki, morita, okada, ishii, murakami, nomura, kanno,
            ikeda, fukuda, fujii, ishikawa, goto, hasegawa, kondo, sakamoto, harada, ueda, shibata, matsui, chiba, uchida,
            yokoyama, miyazaki, masuda, komatsu, sugiyama, imai, maruyama, odagiri, asano, kurihara,
        ]
            + (executives + experts).map { Staff(id: $0.staffID ?? "", name: $0.name) }
    }

    /// Every staff member and judge the story ended up with (named or generated), so that
    /// names made up later (citizens on the unrelated list) never repeat one of them.
    var everyone: [Staff] {
        years.flatMap { year in
            year.teams.flatMap { [$0.leader] + $0.members + $0.colleagues }.map(\.staff)
                + year.judges.map { Staff(id: $0.staffID ?? "", name: $0.name) }
        }
    }

    // MARK: - The three years

    /// Builds the story; the few names it does not fix come from `SampleNames` with a fixed seed.
    static func make() -> SampleStory {
        var names = SampleNames(seed: seed, reserved: named)
        // General staff who volunteer to attend the report meetings (一般職員・希望者).
        let audience = (0..<45).map { _ in names.seat() }
        func general(_ seat: Seat) -> JudgeStory {
            JudgeStory(name: seat.staff.name, category: .general, department: seat.department, staffID: seat.staff.id)
        }
        func colleague(of leader: Seat) -> [Seat] { [names.seat(in: leader.department)] }
        func at(_ staff: Staff, _ department: String) -> Seat { Seat(staff: staff, department: department) }

        // 令和5年度: the first year, as in the seed.
        let r5Teams = [
            team(
                "P01", "窓口DXチーム", "窓口のオンライン予約と「書かない窓口」の導入",
                leader: at(takano, "市民課"),
                members: [at(sato, "保険年金課"), at(suzuki, "税務課"), at(otsuka, "高齢福祉課"), at(watanabe, "DX推進課")],
                colleagues: colleague, report: 78, leadership: 80),
            team(
                "P02", "子育てDXチーム", "保育所入所申請の電子化と審査事務の効率化",
                leader: at(tamura, "子育て支援課"),
                members: [at(yamamoto, "健康増進課"), at(nakagawa, "学校教育課"), at(kojima, "社会福祉課")],
                colleagues: colleague, report: 73, leadership: 76),
            team(
                "P03", "農業DXチーム", "農地台帳の地図化と現地確認のタブレット活用",
                leader: at(kato, "農政課"),
                members: [at(yoshida, "農業委員会事務局"), at(hori, "都市計画課"), at(sasaki, "環境課")],
                colleagues: colleague, report: 68, leadership: 73),
            team(
                "P04", "会計事務効率化チーム", "AI-OCRとRPAによる支出伝票処理の自動化",
                leader: at(yamaguchi, "財政課"),
                members: [at(matsuda, "会計課"), at(inoue, "人事課"), at(kikuchi, "総務課")],
                colleagues: colleague, report: 72, leadership: 73),
            team(
                "P05", "情報発信チーム", "市公式LINEによるごみ出し・防災情報の配信",
                leader: at(hirano, "企画政策課"),
                members: [at(shimizu, "環境課"), at(yamazaki, "危機管理課"), at(morita, "商工観光課")],
                colleagues: colleague, report: 65, leadership: 72),
        ]
        let r5 = YearStory(
            year: FiscalYear(2023), meeting: day(2024, 2, 16), evaluationsReturned: day(2024, 3, 8), teams: r5Teams,
            judges: executives + audience[0..<30].map(general) + experts, slips: [],
            granted: Dictionary(uniqueKeysWithValues: r5Teams.flatMap { [$0.leader] + $0.members }.map { ($0.staff.id, Tier.advisor) }))

        // 令和6年度: members of 令和5年度 lead; a transfer; one person in two projects.
        let r6Teams = [
            team(
                "P01", "引越しワンストップチーム", "転入・転出手続きのオンライン化と窓口の一元化",
                leader: at(sato, "保険年金課"),
                members: [at(watanabe, "DX推進課"), at(murakami, "DX推進課"), at(nomura, "市民課"), at(kanno, "税務課")],
                colleagues: colleague, report: 81, leadership: 82),
            // 鈴木 陽菜 moved from 税務課 to 子育て支援課 in April (人事異動): same staff ID.
            team(
                "P02", "母子保健DXチーム", "母子健康手帳アプリと乳幼児健診のWeb予約",
                leader: at(suzuki, "子育て支援課"),
                members: [at(yamamoto, "健康増進課"), at(ikeda, "子育て支援課"), at(fukuda, "健康増進課")],
                colleagues: colleague, report: 72.5, leadership: 77),
            team(
                "P03", "スマート農業チーム", "ドローンとタブレットを使った農地パトロール",
                leader: at(yoshida, "農業委員会事務局"),
                members: [at(hori, "都市計画課"), at(fujii, "農政課"), at(ishikawa, "農政課")],
                colleagues: colleague, report: 73, leadership: 63),
            team(
                "P04", "文書管理DXチーム", "電子決裁の全庁展開と紙文書の削減",
                leader: at(okada, "総務課"),
                members: [at(kikuchi, "総務課"), at(goto, "財政課"), at(hasegawa, "会計課")],
                colleagues: colleague, report: 77, leadership: 79),
            team(
                "P05", "公共施設予約チーム", "公共施設予約のオンライン化とキャッシュレス決済",
                leader: at(ishii, "生涯学習課"),
                members: [at(murakami, "DX推進課"), at(kondo, "生涯学習課"), at(sakamoto, "商工観光課")],
                colleagues: colleague, report: 65, leadership: 76),
        ]
        let r6 = YearStory(
            year: FiscalYear(2024), meeting: day(2025, 2, 14), evaluationsReturned: day(2025, 3, 7), teams: r6Teams,
            judges: executives + audience[6..<28].map(general)
                + [
                    general(at(takano, "市民課")), general(at(hori, "都市計画課")), general(at(kikuchi, "総務課")),
                    general(at(odagiri, "税務課")),
                ]
                + experts,
            slips: [],
            granted: [
                sato.id: .expert, suzuki.id: .expert, okada.id: .expert,
                murakami.id: .advisor, nomura.id: .advisor, kanno.id: .advisor, ikeda.id: .advisor,
                fukuda.id: .advisor, fujii.id: .advisor, ishikawa.id: .advisor, goto.id: .advisor,
                hasegawa.id: .advisor, kondo.id: .advisor, sakamoto.id: .advisor,
            ])

        // 令和7年度: the latest year, where the clerk's real-life slips are.
        let r7Teams = [
            team(
                "P01", "証明書オンライン申請チーム", "マイナンバーカードによる証明書のオンライン申請とコンビニ交付の拡充",
                leader: at(sato, "保険年金課"),
                members: [at(nomura, "市民課"), at(harada, "市民課"), at(ueda, "税務課"), at(shibata, "保険年金課")],
                colleagues: colleague, report: 82, leadership: 83),
            team(
                "P02", "子育てワンストップチーム", "出生から保育所入所までの手続きのワンストップ化",
                leader: at(suzuki, "子育て支援課"),
                members: [at(ikeda, "子育て支援課"), at(matsui, "学校教育課"), at(chiba, "健康増進課")],
                colleagues: colleague, report: 79, leadership: 80),
            team(
                "P03", "農業DX第2期チーム", "農地情報のオープンデータ化と農家向けオンライン申請",
                leader: at(yoshida, "農業委員会事務局"),
                members: [at(fujii, "農政課"), at(ishikawa, "農政課"), at(uchida, "農政課"), at(yokoyama, "建設課")],
                colleagues: colleague, report: 78, leadership: 81),
            team(
                "P04", "庁内問い合わせAIチーム", "生成AIを活用した庁内問い合わせ対応とマニュアル整備",
                leader: at(takano, "市民課"),
                members: [at(watanabe, "DX推進課"), at(murakami, "DX推進課"), at(miyazaki, "人事課"), at(masuda, "総務課")],
                colleagues: colleague, report: 78, leadership: 80),
            team(
                "P05", "窓口キャッシュレスチーム", "窓口手数料のキャッシュレス決済とセルフレジの導入",
                leader: at(goto, "財政課"),
                members: [at(hasegawa, "会計課"), at(komatsu, "会計課"), at(sugiyama, "市民課")],
                colleagues: colleague, report: 71, leadership: 75),
            // 中川 拓也 moved from 学校教育課 to 建設課 (人事異動).
            team(
                "P06", "道路損傷通報チーム", "スマートフォンによる道路損傷の通報と補修管理",
                leader: at(nakagawa, "建設課"),
                members: [at(okada, "総務課"), at(imai, "建設課"), at(maruyama, "上下水道課")],
                colleagues: colleague, report: 73, leadership: 74),
        ]
        let r7 = YearStory(
            year: FiscalYear(2025), meeting: day(2026, 2, 13), evaluationsReturned: day(2026, 3, 6), teams: r7Teams,
            judges: executives + audience[12..<35].map(general)
                + [
                    general(at(uchida, "農政課")), general(at(hasegawa, "会計課")), general(at(odagiri, "税務課")),
                    general(at(asano, "高齢福祉課")), general(at(kurihara, "建設課")),
                ]
                + experts,
            slips: [
                .fullWidthDigits(judge: odagiri.name, project: "P02", criterion: "G2", text: "４～５"),
                .blankCriterion(judge: asano.name, project: "P05", criterion: "G3"),
                .scoredOwnTeam(judge: uchida.name),
                .libreOfficeResave(judge: "原口 恵"),
                .identicalResend(judge: "安藤 美智子"),
                .notReturned(judge: kurihara.name),
                .unrelatedWorkbook(name: "デジタル活用支援_スマホ教室_参加者名簿.xlsx"),
            ],
            granted: [
                sato.id: .specialist, yoshida.id: .expert, takano.id: .expert, goto.id: .expert, nakagawa.id: .expert,
                harada.id: .advisor, ueda.id: .advisor, shibata.id: .advisor, matsui.id: .advisor, chiba.id: .advisor,
                uchida.id: .advisor, yokoyama.id: .advisor, miyazaki.id: .advisor, masuda.id: .advisor,
                komatsu.id: .advisor, sugiyama.id: .advisor, imai.id: .advisor, maruyama.id: .advisor,
            ])

        let register = SourceLocation(file: "既認定者名簿.xlsx")
        let prior = [
            PriorCertification(
                staffID: okada.id, name: okada.name, department: "総務課", tier: .advisor, year: FiscalYear(2022),
                note: "令和4年度 試行BPRプロジェクト（申請書の棚卸し）", location: register),
            PriorCertification(
                staffID: ishii.id, name: ishii.name, department: "生涯学習課", tier: .advisor, year: FiscalYear(2022),
                note: "令和4年度 試行BPRプロジェクト（申請書の棚卸し）", location: register),
        ]
        return SampleStory(prior: prior, priorCreated: day(2023, 4, 20), years: [r5, r6, r7])
    }

    private static func team(
        _ id: ProjectID, _ name: String, _ theme: String, leader: Seat, members: [Seat],
        colleagues: (Seat) -> [Seat], report: Double, leadership: Double
    ) -> TeamStory {
        TeamStory(
            id: id, team: name, theme: theme, leader: leader, members: members, colleagues: colleagues(leader),
            report: report, leadership: leadership)
    }

    private static func day(_ year: Int, _ month: Int, _ day: Int) -> DateComponents {
        DateComponents(year: year, month: month, day: day, hour: 17)
    }
}
