import Testing

@testable import DXCertRules

@Suite("次の区分まで (docs/rules.md): the next tier and what is still needed, from the rules' outcomes")
struct NextTierTests {
    private func next(_ r: CertificationResult, _ staffID: String, _ year: Int, settings: Settings = Settings()) -> NextTier {
        NextTier.after(r.decision(staffID, year)!, settings: settings)
    }

    @Test("a member without a tier below the bar: Advisor, by taking part next year at 60")
    func memberWithoutTier() {
        var y = Scenario(year: 2025)
        y.project("P1", leader: "L1", members: ["M1"], report: [55])
        let (r, _) = Scenario.run([y])
        let n = next(r, "M1", 2025)
        #expect(n.tier == .advisor)
        #expect(n.conditions.map(\.met) == [false])
        #expect(n.summary == "DXアドバイザーまで：来年度、プロジェクトに参加し（メンバー・リーダーのいずれでも可）、報告会評価60点以上")
        #expect(n.thisYear.contains { $0.hasPrefix("報告会評価") && $0.contains("未達") })
    }

    @Test("a member made Advisor this year: Expert, by leading next year")
    func memberMadeAdvisor() {
        var y = Scenario(year: 2025)
        y.project("P1", leader: "L1", members: ["M1"], report: [65])
        let (r, _) = Scenario.run([y])
        let n = next(r, "M1", 2025)
        #expect(n.tier == .expert)
        #expect(n.conditions.map(\.met) == [true, false])
        #expect(n.conditions[0].status == "令和7年度に認定")
        #expect(
            n.summary == "DXエキスパートまで：来年度、プロジェクトにリーダーとして参加し、報告会評価70点以上・メンバー評価70点以上（評価者2人以上）")
    }

    @Test("a first-time leader gets Advisor; Expert needs leading again next year")
    func firstTimeLeader() {
        var y = Scenario(year: 2025)
        y.project("P1", leader: "A", members: ["B", "C"], report: [95], leaderScores: [95, 95])
        let (r, _) = Scenario.run([y])
        let n = next(r, "A", 2025)
        #expect(n.tier == .expert)
        #expect(n.conditions.map(\.label) == ["DXアドバイザーの認定", "リーダーとして参加し、報告会評価70点以上・メンバー評価70点以上（評価者2人以上）"])
        #expect(n.conditions.map(\.met) == [true, false])
        #expect(n.conditions[1].needed == "来年度、プロジェクトにリーダーとして参加し、報告会評価70点以上・メンバー評価70点以上（評価者2人以上）")
    }

    @Test("an Expert one consecutive year short: lead again next year at the Specialist bars")
    func expertOneYearShort() {
        var r6 = Scenario(year: 2024)
        r6.project("P1", leader: "L0", members: ["A", "B"], report: [80])
        var r7 = Scenario(year: 2025)
        r7.project("Q1", leader: "A", members: ["C", "D"], report: [80], leaderScores: [80, 80])
        r7.project("Q2", leader: "B", members: ["E", "F"], report: [72], leaderScores: [72, 72])
        let (r, _) = Scenario.run([r6, r7])
        #expect(r.decision("A", 2025)?.granted == .expert)
        let a = next(r, "A", 2025)
        #expect(a.tier == .specialist)
        #expect(a.conditions.map(\.label) == ["DXエキスパートの認定", "連続2年、リーダーとして参加し、報告会評価75点以上・メンバー評価75点以上（評価者2人以上）"])
        #expect(a.conditions.map(\.met) == [true, false])
        #expect(a.conditions[1].status == "連続1年（令和7年度まで）")
        #expect(a.conditions[1].needed == "来年度も続けてプロジェクトにリーダーとして参加し、報告会評価75点以上・メンバー評価75点以上（評価者2人以上）")
        // Expert at 72: this year does not count towards Specialist, so two more years.
        let b = next(r, "B", 2025)
        #expect(r.decision("B", 2025)?.granted == .expert)
        #expect(b.conditions[1].status == "未達")
        #expect(b.conditions[1].needed == "来年度から2年連続でプロジェクトにリーダーとして参加し、毎年度報告会評価75点以上・メンバー評価75点以上（評価者2人以上）")
    }

    @Test("settings are followed: three consecutive years, no Expert requirement, other bars")
    func followsSettings() {
        var s = Settings()
        s.specialistConsecutiveYears = 3
        s.specialistRequiresExpert = false
        s.specialistMeetingBar = 80
        s.minimumEvaluators = 3
        var r6 = Scenario(year: 2024, settings: s)
        r6.project("P1", leader: "L0", members: ["A", "X"], report: [80])
        var r7 = Scenario(year: 2025, settings: s)
        r7.project("Q1", leader: "A", members: ["C", "D", "E"], report: [85], leaderScores: [80, 80, 80])
        let (r, _) = Scenario.run([r6, r7])
        #expect(r.decision("A", 2025)?.granted == .expert)
        let n = next(r, "A", 2025, settings: s)
        #expect(n.conditions.count == 1)
        #expect(n.conditions[0].status == "連続1年（令和7年度まで）")
        #expect(n.conditions[0].needed == "来年度から2年連続でプロジェクトにリーダーとして参加し、毎年度報告会評価80点以上・メンバー評価75点以上（評価者3人以上）")
    }

    @Test("a Specialist: the top tier is held, nothing is needed")
    func specialist() {
        var r5 = Scenario(year: 2023)
        r5.project("P1", leader: "L0", members: ["A", "X", "Y"], report: [80])
        var r6 = Scenario(year: 2024)
        r6.project("Q1", leader: "A", members: ["C", "D"], report: [80], leaderScores: [80, 80])
        var r7 = Scenario(year: 2025)
        r7.project("S1", leader: "A", members: ["E", "F"], report: [75], leaderScores: [75, 75])
        let (r, _) = Scenario.run([r5, r6, r7])
        let n = next(r, "A", 2025)
        #expect(n.tier == nil)
        #expect(n.conditions.isEmpty)
        #expect(n.summary == "最上位のDXスペシャリストに認定済みです（次の区分はありません）")
    }
}
