import Foundation

/// Who holds which tier at the end of a year, and what was certified in a year: the one
/// definition behind the サマリー, しきい値感度, 所属別 and 年度推移 figures.
///
/// A holder is counted once, at the highest tier granted in or before the year (a Specialist
/// is not also an Expert and an Advisor); grants of later years are ignored. The year's
/// certifications are its certification events: grants computed in the year, grants kept from
/// an earlier run and register rows of the year alike.
extension CertificationResult {
    /// Ledger entries holding a tier at the end of `year`, with that tier, in ledger (staff ID)
    /// order.
    public func holders(atEndOf year: FiscalYear) -> [(entry: LedgerEntry, tier: Tier)] {
        ledger.compactMap { entry in entry.tier(atEndOf: year).map { (entry, $0) } }
    }

    /// Holders per tier at the end of `year`, each person once at their highest tier.
    public func holderCounts(atEndOf year: FiscalYear) -> [Tier: Int] {
        Tier.tally(holders(atEndOf: year).map(\.tier))
    }

    /// The certification events of `year`.
    public func events(in year: FiscalYear) -> [CertificationEvent] {
        events.filter { $0.year == year }
    }

    /// Certifications of `year` per tier (from its events).
    public func newCounts(in year: FiscalYear) -> [Tier: Int] {
        Tier.tally(events(in: year).map(\.tier))
    }
}

extension LedgerEntry {
    /// The highest tier held at the end of `year` (grants of later years ignored), nil when none.
    public func tier(atEndOf year: FiscalYear) -> Tier? {
        grants.filter { $0.value <= year }.keys.max()
    }
}

extension Tier {
    /// How many of `tiers` are of each tier (tiers that do not occur are absent).
    public static func tally(_ tiers: some Sequence<Tier>) -> [Tier: Int] {
        var counts: [Tier: Int] = [:]
        for t in tiers { counts[t, default: 0] += 1 }
        return counts
    }
}
