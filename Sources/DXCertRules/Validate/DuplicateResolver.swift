import Foundation

/// Picks one submission among several from the same person: identical ones count once;
/// otherwise the newest (workbook modified time) wins and every copy is listed.
enum DuplicateResolver {
    static func resolve<T>(
        _ items: [T], source: (T) -> SubmissionSource, who: String, year: FiscalYear,
        diagnostics: Diagnostics
    ) -> (keep: T, dropped: [(String, String)]) {
        let sorted = items.sorted { a, b in
            let (sa, sb) = (source(a), source(b))
            let (ma, mb) = (sa.modified ?? .distantPast, sb.modified ?? .distantPast)
            return ma != mb ? ma > mb : sa.file > sb.file
        }
        let keep = sorted[0]
        let kept = source(keep)
        var dropped: [(String, String)] = []
        let identical = sorted.allSatisfy { source($0).fingerprint == kept.fingerprint }
        for other in sorted.dropFirst() {
            let s = source(other)
            if identical {
                diagnostics.report(
                    .info, SourceLocation(file: s.file),
                    "\(who)のシートが複数あり、内容は「\(kept.file)」と同じです", action: "1件として数えます", year: year)
                dropped.append((s.file, "「\(kept.file)」と同じ内容のため1件として数えます"))
            } else {
                diagnostics.report(
                    .warning, SourceLocation(file: s.file),
                    "\(who)のシートが複数あり、内容が異なります（「\(kept.file)」と「\(s.file)」）",
                    action: "更新日時が最も新しい「\(kept.file)」を使い、このファイルは使いません", year: year)
                dropped.append((s.file, "同じ\(who)のより新しいシート「\(kept.file)」を使うため"))
            }
        }
        if !identical {
            diagnostics.report(
                .warning, SourceLocation(file: kept.file),
                "\(who)のシートが\(sorted.count)件あり、内容が異なります",
                action: "更新日時が最も新しいこのファイルを使います", year: year)
        }
        return (keep, dropped)
    }
}
