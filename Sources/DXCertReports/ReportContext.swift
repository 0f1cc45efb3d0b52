import DXCertRules
import Foundation
import XLSXWriter

/// What every sheet of the result workbook needs about the reported year, computed once.
struct ReportContext {
    let result: RunResult
    let year: FiscalYear
    let input: YearInput
    let scores: YearScores
    /// The year's decisions, by staff ID.
    let decisions: [Decision]
    /// Ledger entries holding a tier at the end of the year, with that tier (the highest one
    /// granted in or before the year).
    let holders: [(entry: LedgerEntry, tier: Tier)]
    /// Certification events of the year (computed, kept from an earlier run, or from the register).
    let events: [CertificationEvent]
    /// The year's participant rows by project, and teams by project ID (a city-wide year has
    /// thousands of both: look-ups must not scan).
    let participantsByProject: [ProjectID: [Participant]]
    let teams: [ProjectID: String]

    init?(_ result: RunResult) {
        guard let year = result.reportYear, let input = result.reportInput, let scores = result.scores[year] else { return nil }
        self.result = result
        self.year = year
        self.input = input
        self.scores = scores
        decisions = (result.certification.decisions[year] ?? []).sorted { $0.staffID < $1.staffID }
        holders = result.certification.holders(atEndOf: year).sorted { $0.entry.staffID < $1.entry.staffID }
        events = result.certification.events(in: year)
        participantsByProject = Dictionary(grouping: input.setup.participants, by: \.projectID)
        teams = Dictionary(input.setup.projects.map { ($0.id, $0.team) }, uniquingKeysWith: { a, _ in a })
    }

    var settings: Settings { input.settings }
    var setup: YearSetup { input.setup }

    /// Holders per tier, each person counted once at their highest tier (`holders(atEndOf:)`).
    var holderCounts: [Tier: Int] { Tier.tally(holders.map(\.tier)) }

    /// Certifications of the year per tier (`newCounts(in:)`: from the events, so grants kept
    /// from an earlier run and register rows of the year count too).
    var newCounts: [Tier: Int] { Tier.tally(events.map(\.tier)) }

    /// Distinct participants of the year.
    var participantCount: Int { setup.participantCount }

    /// Judges who sent a usable sheet.
    var judgesReceived: Int { scores.judgesReceived }

    /// The project with this ID, labelled `P01 窓口DXチーム`.
    func projectLabel(_ id: ProjectID) -> String {
        guard let team = teams[id], !team.isEmpty else { return id.value }
        return "\(id) \(team)"
    }

    /// The text printed in every page header.
    var page: PageText { ReportContext.page(organisation: setup.organisation, title: "認定結果（\(year.label)）") }

    static func page(organisation: String, title: String) -> PageText {
        let org = String(organisation.prefix(40))
        return PageText(left: org.isEmpty ? "DX人材認定" : "\(org) DX人材認定", center: title)
    }

    /// The document properties every report carries: the title `〈組織〉 DX人材認定 〈document〉`,
    /// dxcert as author, the organisation as company, and a creation time fixed by the year, so
    /// the same input gives the same bytes.
    static func properties(
        organisation: String, document: String, subject: String, keywords: String, comments: String, year: FiscalYear?
    ) -> WorkbookProperties {
        let org = organisation.isEmpty ? "" : organisation + " "
        return WorkbookProperties(
            title: "\(org)DX人材認定 \(document)", subject: subject, author: "dxcert",
            company: organisation.isEmpty ? nil : organisation, category: "DX人材認定", keywords: keywords,
            comments: comments, created: year.map(created) ?? WorkbookProperties.reproducibleCreated)
    }

    /// The fixed creation time of the report files: the year's first day (`FiscalYear.firstDay`).
    static func created(_ year: FiscalYear) -> Date {
        year.firstDay ?? WorkbookProperties.reproducibleCreated
    }

    /// `令和6年度（2024年4月〜2025年3月）`.
    static func period(_ year: FiscalYear) -> String {
        "\(year.label)（\(year.year)年4月〜\(year.year + 1)年3月）"
    }

    /// `（令和6年度）` style labels for tiers held, or `なし`.
    static func tierText(_ tier: Tier?) -> String { tier?.label ?? "なし" }
}
