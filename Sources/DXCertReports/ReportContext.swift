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
        holders = result.certification.ledger.sorted { $0.staffID < $1.staffID }.compactMap { entry in
            ReportContext.tier(of: entry, atEndOf: year).map { (entry, $0) }
        }
        events = result.certification.events.filter { $0.year == year }
        participantsByProject = Dictionary(grouping: input.setup.participants, by: \.projectID)
        teams = Dictionary(input.setup.projects.map { ($0.id, $0.team) }, uniquingKeysWith: { a, _ in a })
    }

    var settings: Settings { input.settings }
    var setup: YearSetup { input.setup }

    /// The highest tier `entry` held at the end of `year` (grants of later years ignored).
    static func tier(of entry: LedgerEntry, atEndOf year: FiscalYear) -> Tier? {
        entry.grants.filter { $0.value <= year }.keys.max()
    }

    /// Holders per tier, each person counted once at their highest tier.
    var holderCounts: [Tier: Int] {
        var counts: [Tier: Int] = [:]
        for h in holders { counts[h.tier, default: 0] += 1 }
        return counts
    }

    /// Certifications of the year per tier (from the events, so grants kept from an earlier
    /// run and register rows of the year count too).
    var newCounts: [Tier: Int] {
        var counts: [Tier: Int] = [:]
        for e in events { counts[e.tier, default: 0] += 1 }
        return counts
    }

    /// Distinct participants of the year.
    var participantCount: Int { Set(setup.participants.map(\.staffID)).count }

    /// Judges who sent a usable sheet.
    var judgesReceived: Int { scores.judges.filter(\.submitted).count }

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
