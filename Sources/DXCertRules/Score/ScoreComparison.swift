import Foundation

/// Scores compared the way people read them: to the millionth of a point.
///
/// A score is a quotient of sums of doubles, so a project scored exactly on the bar can come
/// out a hair below it (three criteria out of 5 all scored 3 give 59.99999999999999, shown as
/// 60.0点). Every comparison of a score with a bar or another score goes through here, so that
/// float noise never decides a certification or splits a tie.
public enum ScoreComparison {
    /// The score rounded to millionths: equal keys are equal scores.
    public static func key(_ score: Double) -> Double { (score * 1e6).rounded() }

    /// The score for a report cell: float noise around a millionth snapped away (59.99999999999999
    /// becomes 60), any real fraction (83.33333333333333) kept as it is.
    public static func denoised(_ score: Double) -> Double {
        guard score.isFinite, abs(score) < 1e12 else { return score }
        let snapped = key(score) / 1e6
        return abs(snapped - score) < 1e-9 ? snapped : score
    }

    /// True when `score` exists and reaches `bar` (at or above it).
    public static func reaches(_ score: Double?, _ bar: Double) -> Bool {
        guard let score else { return false }
        return key(score) >= key(bar)
    }
}
