import Foundation

/// The 年度推移 table: one row per processed year up to the report year, so that managers see
/// whether the scheme keeps going — who took part, what was certified, how many hold each tier
/// against the targets, how far the holders are spread over the departments, and how many
/// holders moved department.
///
/// Definitions (docs/rules.md 8.6):
/// - participants: distinct staff IDs in the year's setup; projects: rows of its プロジェクト
///   sheet; judges: those who sent a usable sheet, and those planned in the setup.
/// - new certifications: the year's certification events per tier (`newCounts(in:)`, as the
///   サマリー's 今年度の認定); holders: each person once at the highest tier granted in or before
///   the year (`holderCounts(atEndOf:)`, as the サマリー's 認定者数); targets: the year's 目標.
/// - a holder's department in a year: their department in that year's setup (first row), else
///   in the latest earlier processed year they took part in, else that of their latest
///   certification event up to the year (the 既認定者名簿 row, for instance), else the ledger's.
///   A blank department is not written: the next source is used.
/// - departments: every department named by a participant of a processed year up to this one,
///   or by a holder (as above) up to this one; those with a holder at the end of the year.
/// - moved holders: people holding a tier at the start of the year (granted in an earlier year)
///   who take part in the year and whose department differs from the one of the latest earlier
///   processed year they took part in (blank departments skipped on both sides). People without
///   an earlier participation are not counted: there is nothing to compare with.
public enum YearTrend {
    /// One year of the table.
    public struct Row: Sendable, Equatable {
        public var year: FiscalYear
        /// Distinct participants.
        public var participants: Int
        public var projects: Int
        /// Judges who sent a usable sheet.
        public var judgesReceived: Int
        /// Judges in the year's setup.
        public var judgesPlanned: Int
        /// Certifications of the year per tier (every tier present, 0 when none).
        public var newCertifications: [Tier: Int]
        /// Holders at the end of the year per highest tier (every tier present).
        public var holders: [Tier: Int]
        /// The year's targets per tier (a tier without a target is absent).
        public var targets: [Tier: Int]
        /// Departments with at least one holder at the end of the year.
        public var departmentsWithHolder: Int
        /// Departments seen up to the year (participants and holders).
        public var departments: Int
        /// Holders at the start of the year whose department changed since their previous year.
        public var movedHolders: Int

        /// Holders of all tiers.
        public var totalHolders: Int { holders.values.reduce(0, +) }
        /// Certifications of all tiers.
        public var totalNew: Int { newCertifications.values.reduce(0, +) }
    }

    /// The rows for each processed year up to `through` (every year when nil), oldest first.
    public static func rows(
        years: [YearInput], scores: [FiscalYear: YearScores], certification: CertificationResult, through: FiscalYear?
    ) -> [Row] {
        let processed = years.sorted { $0.year < $1.year }.filter { through == nil || $0.year <= through! }
        // Each person's certification events in year order, for the department of a holder who
        // never took part in a processed year so far.
        var eventDepartments: [StaffID: [(year: FiscalYear, department: String)]] = [:]
        for e in certification.events.sorted(by: { $0.year < $1.year }) where !e.department.isEmpty {
            eventDepartments[e.staffID, default: []].append((e.year, e.department))
        }
        // The latest department written for each person in the setups processed so far.
        var lastDepartment: [StaffID: String] = [:]
        var seen = Set<String>()
        var rows: [Row] = []
        for input in processed {
            let year = input.year
            let current = input.setup.departmentsByStaff
            var moved = 0
            for (entry, _) in certification.holders(atEndOf: year.previous) {
                guard let now = current[entry.staffID], !now.isEmpty, let before = lastDepartment[entry.staffID], !before.isEmpty
                else { continue }
                if now != before { moved += 1 }
            }
            for (id, department) in current where !department.isEmpty { lastDepartment[id] = department }
            seen.formUnion(current.values.filter { !$0.isEmpty })

            let holders = certification.holders(atEndOf: year)
            var withHolder = Set<String>()
            for (entry, _) in holders {
                let department = [
                    lastDepartment[entry.staffID],
                    eventDepartments[entry.staffID]?.last(where: { $0.year <= year })?.department,
                    entry.department,
                ].compactMap { $0 }.first { !$0.isEmpty }
                if let department { withHolder.insert(department) }
            }
            seen.formUnion(withHolder)

            let yearScores = scores[year]
            let tally = Tier.tally(holders.map(\.tier))
            let granted = certification.newCounts(in: year)
            rows.append(
                Row(
                    year: year, participants: input.setup.participantCount, projects: input.setup.projects.count,
                    judgesReceived: yearScores?.judgesReceived ?? 0, judgesPlanned: yearScores?.judges.count ?? input.setup.judges.count,
                    newCertifications: Dictionary(uniqueKeysWithValues: Tier.allCases.map { ($0, granted[$0] ?? 0) }),
                    holders: Dictionary(uniqueKeysWithValues: Tier.allCases.map { ($0, tally[$0] ?? 0) }),
                    targets: input.settings.targets, departmentsWithHolder: withHolder.count, departments: seen.count,
                    movedHolders: moved))
        }
        return rows
    }
}
