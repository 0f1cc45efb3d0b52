import Foundation

/// One certificate (認定証) of the report year: a new certification, its number and what the
/// page prints.
///
/// Who gets one (rules.md 9): every certification event of the year that this tool decided —
/// computed from the year's sheets, or kept from an earlier run's ledger for that same year (so
/// a rerun neither drops nor renumbers a certificate already handed out). Register rows
/// (既認定者名簿) were certified before the tool, on paper, and get none.
///
/// Numbering: by staff ID, then tier (lowest first), serials from 1, formatted with the year's
/// `CertificateNumberFormat`. The same input therefore gives the same numbers on every run.
public struct Certificate: Hashable, Sendable {
    public var number: String
    public var serial: Int
    public var staffID: StaffID
    public var name: String
    public var department: String
    public var tier: Tier
    public var date: CertificateDate
    public var issuer: String

    /// The certificates of `year`, numbered.
    public static func numbered(year: FiscalYear, setup: YearSetup, events: [CertificationEvent]) -> [Certificate] {
        let chosen = events.filter { $0.year == year && $0.source != .register }
            .sorted { ($0.staffID, $0.tier) < ($1.staffID, $1.tier) }
        let date = setup.certificateDate ?? .lastDay(of: year)
        return chosen.enumerated().map { index, event in
            Certificate(
                number: setup.certificateNumberFormat.number(year: year, serial: index + 1), serial: index + 1,
                staffID: event.staffID, name: event.name, department: event.department, tier: event.tier,
                date: date, issuer: setup.certificateIssuer)
        }
    }
}
