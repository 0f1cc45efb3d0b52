import Foundation
import Testing

@testable import DXCertRules

/// Certificate numbers, dates and the format language (rules.md 9).
@Suite("Certificates: who gets one, numbers, dates")
struct CertificateTests {
    static func event(_ id: String, _ tier: Tier, year: Int = 2025, source: GrantSource = .computed) -> CertificationEvent {
        CertificationEvent(year: FiscalYear(year), staffID: StaffID(id), name: "職員 \(id)", department: "課", tier: tier, source: source, note: "")
    }

    @Test("the year's computed and kept grants are numbered by staff ID, then tier; register rows and other years get none")
    func numberingOrderAndChoice() {
        let setup = YearSetup(year: FiscalYear(2025), organisation: "真岡市")
        let events = [
            Self.event("00300", .expert), Self.event("00100", .advisor, source: .previousLedger), Self.event("00200", .specialist),
            Self.event("00050", .advisor, source: .register), Self.event("00010", .advisor, year: 2024),
        ]
        let certificates = Certificate.numbered(year: FiscalYear(2025), setup: setup, events: events)
        #expect(certificates.map(\.number) == ["第R7-001号", "第R7-002号", "第R7-003号"])
        #expect(certificates.map(\.staffID.value) == ["00100", "00200", "00300"])
        #expect(certificates.map(\.tier) == [.advisor, .specialist, .expert])
        #expect(certificates.allSatisfy { $0.date == .day(year: 2026, month: 3, day: 31) && $0.issuer == "真岡市" })
        // The order of the events does not matter: the same input gives the same numbers.
        #expect(Certificate.numbered(year: FiscalYear(2025), setup: setup, events: events.reversed()) == certificates)
    }

    @Test("the year setup's date, issuer and format are used as given")
    func setupValues() throws {
        var setup = YearSetup(year: FiscalYear(2025), organisation: "真岡市")
        setup.certificateDate = .day(year: 2026, month: 3, day: 1)
        setup.issuer = "真岡市長　真岡　一郎"
        setup.certificateNumberFormat = try CertificateNumberFormat.parse("DX{年度}第{連番}号")
        let certificates = Certificate.numbered(year: FiscalYear(2025), setup: setup, events: [Self.event("1", .advisor)])
        #expect(certificates.map(\.number) == ["DX令和7年度第1号"])
        #expect(certificates.first?.issuer == "真岡市長　真岡　一郎")
        #expect(certificates.first?.date.japanese == "令和8年3月1日")
    }

    @Test("the format language: fields, padding, literals, and what it refuses")
    func formatLanguage() throws {
        #expect(CertificateNumberFormat.standard.number(year: FiscalYear(2025), serial: 7) == "第R7-007号")
        #expect(CertificateNumberFormat.standard.number(year: FiscalYear(2025), serial: 1234) == "第R7-1234号")
        #expect(try CertificateNumberFormat.parse(CertificateNumberFormat.standardText) == .standard)
        #expect(CertificateNumberFormat.standard.text == CertificateNumberFormat.standardText)
        #expect(try CertificateNumberFormat.parse("{連番:5}").number(year: FiscalYear(2025), serial: 42) == "00042")
        #expect(throws: CertificateNumberFormat.Problem.unknownField("{年}")) { try CertificateNumberFormat.parse("第{年}-{連番}") }
        #expect(throws: CertificateNumberFormat.Problem.unknownField("{連番:0}")) { try CertificateNumberFormat.parse("{連番:0}") }
        #expect(throws: CertificateNumberFormat.Problem.unclosedBrace) { try CertificateNumberFormat.parse("第{連番") }
        #expect(throws: CertificateNumberFormat.Problem.serialCount(0)) { try CertificateNumberFormat.parse("第{年度略}号") }
        #expect(throws: CertificateNumberFormat.Problem.serialCount(2)) { try CertificateNumberFormat.parse("{連番}{連番:2}") }
    }

    @Test("dates print in the Japanese era; impossible days are refused")
    func eraDates() {
        #expect(CertificateDate.lastDay(of: FiscalYear(2025)).japanese == "令和8年3月31日")
        #expect(CertificateDate.day(year: 2019, month: 5, day: 1).japanese == "令和元年5月1日")
        #expect(CertificateDate.day(year: 2019, month: 4, day: 30).japanese == "平成31年4月30日")
        #expect(CertificateDate.day(year: 1989, month: 3, day: 1).japanese == "平成元年3月1日")
        #expect(CertificateDate.text("令和8年3月吉日").japanese == "令和8年3月吉日")
        #expect(CertificateDate.lastDay(of: FiscalYear(2025)).iso == "2026-03-31")
        #expect(CertificateDate.checkedDay(year: 2026, month: 2, day: 29) == nil)
        #expect(CertificateDate.checkedDay(year: 1900, month: 1, day: 12) == nil)
        #expect(CertificateDate.checkedDay(year: 2028, month: 2, day: 29) == .day(year: 2028, month: 2, day: 29))
    }

    @Test("each tier has its role sentence from the scheme (図表3)")
    func roles() {
        #expect(Tier.allCases.map(\.role).allSatisfy { !$0.isEmpty })
        #expect(Set(Tier.allCases.map(\.role)).count == 3)
    }
}
