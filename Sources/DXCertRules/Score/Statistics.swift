import Foundation

/// Small statistics used by scoring; population standard deviations throughout (docs/rules.md §3).
public enum Statistics {
    public static func mean(_ xs: [Double]) -> Double? {
        xs.isEmpty ? nil : xs.reduce(0, +) / Double(xs.count)
    }

    /// Population standard deviation (divide by n).
    public static func populationSD(_ xs: [Double]) -> Double? {
        guard let m = mean(xs) else { return nil }
        return (xs.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(xs.count)).squareRoot()
    }

    /// Mean after dropping one highest and one lowest value.
    public static func trimmedMean(_ xs: [Double]) -> Double? {
        guard xs.count > 2 else { return mean(xs) }
        let sorted = xs.sorted()
        return mean(Array(sorted.dropFirst().dropLast()))
    }

    /// Pearson correlation; nil with fewer than 3 pairs or no variation on either side.
    public static func pearson(_ xs: [Double], _ ys: [Double]) -> Double? {
        guard xs.count == ys.count, xs.count >= 3, let mx = mean(xs), let my = mean(ys) else { return nil }
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (x, y) in zip(xs, ys) {
            sxy += (x - mx) * (y - my)
            sxx += (x - mx) * (x - mx)
            syy += (y - my) * (y - my)
        }
        guard sxx > 1e-12, syy > 1e-12 else { return nil }
        return sxy / (sxx * syy).squareRoot()
    }
}
