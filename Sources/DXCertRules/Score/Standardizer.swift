import Foundation

/// Optional per-judge standardization (docs/rules.md §3).
///
/// Each of a judge's raw scores becomes overall mean + z × overall spread, z being the score's
/// z-value among that judge's scores; the overall mean and spread are those of all judges'
/// raw scores of the year (population SD). Skipped, raw kept, for a judge with fewer than
/// the minimum scored projects or with identical scores (spread 0).
public enum Standardizer {
    /// Adjusts `scores` in place towards the year's overall mean and SD (computed once by the
    /// scorer) and returns one note per judge.
    public static func apply(
        _ scores: inout [JudgeScore], minimumProjects: Int, overallMean: Double?,
        overallSD: Double?
    ) -> [StandardizationNote] {
        var notes: [StandardizationNote] = []
        let byJudge = Dictionary(grouping: scores.indices, by: { scores[$0].judgeID })
        for judgeID in byJudge.keys.sorted() {
            let idx = byJudge[judgeID]!
            let values = idx.map { scores[$0].raw }
            let m = Statistics.mean(values) ?? 0
            let sd = Statistics.populationSD(values) ?? 0
            var note = StandardizationNote(judgeID: judgeID, applied: false, skippedBecause: nil, judgeMean: m, judgeSD: sd, count: values.count)
            if values.count < minimumProjects {
                note.skippedBecause = "採点したプロジェクトが\(values.count)件で\(minimumProjects)件未満のため標準化せず素点を使用"
            } else if sd < 1e-9 {
                note.skippedBecause = "全て同じ点（ばらつき0）のため標準化せず素点を使用"
            } else if let overallMean, let overallSD {
                for i in idx {
                    scores[i].adjusted = overallMean + (scores[i].raw - m) / sd * overallSD
                }
                note.applied = true
            }
            notes.append(note)
        }
        return notes
    }
}
