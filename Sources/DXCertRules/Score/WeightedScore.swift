import Foundation

/// A sheet's 0–100 score: 100 × Σ(weight × score / max) / Σ weight over the criteria (docs/rules.md §3).
///
/// With partial scoring only the scored criteria count, in both sums; without it every
/// criterion must be scored (validation has already left incomplete rows out). Nothing
/// scored gives nil ("not scored", never zero).
public enum WeightedScore {
    public static func compute(_ scores: [CriterionID: Double], criteria: [Criterion], partial: Bool) -> Double? {
        var numerator = 0.0
        var denominator = 0.0
        for c in criteria {
            guard let s = scores[c.id] else {
                if partial { continue }
                return nil
            }
            numerator += c.weight * s / Double(c.maxScore)
            denominator += c.weight
        }
        guard denominator > 0 else { return nil }
        return 100 * numerator / denominator
    }
}
