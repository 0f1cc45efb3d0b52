import Foundation

/// Ranks projects by score, highest first. Ties share a rank (1, 2, 2, 4) unless a tie-break
/// order of categories is set, in which case category scores decide in that order.
public enum Ranker {
    public static func rank(_ projects: inout [ProjectScore], tieBreak: [JudgeCategory]) {
        func key(_ p: ProjectScore) -> [Double] {
            // Rounded so that float noise never splits a real tie.
            [ScoreComparison.key(p.score ?? -1)] + tieBreak.map { ScoreComparison.key(p.categories[$0]?.score ?? -1) }
        }
        let order = projects.indices.filter { projects[$0].score != nil }.sorted { a, b in
            let (ka, kb) = (key(projects[a]), key(projects[b]))
            return ka != kb ? ka.lexicographicallyPrecedes(kb, by: >) : projects[a].project.id < projects[b].project.id
        }
        var previous: [Double]?
        var previousRank = 0
        for (position, i) in order.enumerated() {
            let k = key(projects[i])
            let rank = k == previous ? previousRank : position + 1
            projects[i].rank = rank
            previous = k
            previousRank = rank
        }
    }
}
