import Foundation

/// Matches score cells to the criteria of the year's setup: by criterion ID when the sheet
/// carries one, else by the criterion name in the header (normalized, spaces ignored).
struct CriterionMatcher {
    let criteria: [Criterion]
    private let byID: [CriterionID: Criterion]
    private let byName: [UTF8Key: Criterion]
    /// The criteria `byName` answers for their key, by name as written: a header that is the
    /// criterion's name exactly (every sheet made from the template, on every row) is matched
    /// by comparing text, without making its key.
    private let byExactName: [(name: String, criterion: Criterion)]

    init(_ criteria: [Criterion]) {
        self.criteria = criteria
        var byID: [CriterionID: Criterion] = [:]
        var byName: [UTF8Key: Criterion] = [:]
        var byExactName: [(name: String, criterion: Criterion)] = []
        for c in criteria {
            byID[c.id] = byID[c.id] ?? c
            let key = UTF8Key(TextNormalizer.labelKey(c.name))
            if byName[key] == nil {
                byName[key] = c
                byExactName.append((c.name, c))
            }
        }
        self.byID = byID
        self.byName = byName
        self.byExactName = byExactName
    }

    /// The criterion a cell belongs to, if any.
    func match(_ cell: ScoreCell) -> Criterion? {
        if let id = cell.criterionID, let c = byID[id] { return c }
        // Same answer as the key lookup below: equal text has equal keys, and only the criterion
        // the key lookup returns is listed.
        if let exact = byExactName.first(where: { $0.name == cell.label }) { return exact.criterion }
        let key = TextNormalizer.labelKey(cell.label)
        if let c = byName[UTF8Key(key)] { return c }
        // Headers such as `政策との整合性（P1）` or `P1 政策との整合性`.
        return criteria.first { key.contains(TextNormalizer.labelKey($0.name)) }
    }

    /// Reads the cells of one row or sheet: valid scores by criterion ID and the criteria left
    /// blank or rejected; reports invalid cells.
    func read(_ cells: [ScoreCell], diagnostics: Diagnostics, year: FiscalYear) -> (scores: [CriterionID: Double], blanks: [CriterionID]) {
        var scores: [CriterionID: Double] = [:]
        var seen: [CriterionID] = []  // a handful per row: a short array, not a set
        for cell in cells {
            guard let criterion = match(cell) else { continue }
            guard !seen.contains(criterion.id) else { continue }
            seen.append(criterion.id)
            switch ScoreParser.parse(cell.value, max: criterion.maxScore) {
            case .blank:
                break
            case .value(let v):
                scores[criterion.id] = v
            case .invalid(let why):
                diagnostics.report(
                    .error, cell.location, "「\(criterion.name)」の点数が読めません：\(why)",
                    action: "この項目は未採点として扱います", year: year)
            }
        }
        let blanks = criteria.map(\.id).filter { scores[$0] == nil }
        return (scores, blanks)
    }

    /// The cells left blank, with their criterion (first cell per criterion, as `read` uses it).
    func blankCells(_ cells: [ScoreCell]) -> [(criterion: Criterion, cell: ScoreCell)] {
        var seen = Set<CriterionID>()
        var out: [(Criterion, ScoreCell)] = []
        for cell in cells {
            guard let criterion = match(cell), seen.insert(criterion.id).inserted else { continue }
            if case .blank = ScoreParser.parse(cell.value, max: criterion.maxScore) { out.append((criterion, cell)) }
        }
        return out
    }

    /// `セル E12（市民サービスへの効果）、セル F12（実現性・継続性）`.
    static func describe(_ blanks: [(criterion: Criterion, cell: ScoreCell)]) -> String {
        blanks.map { "セル \($0.cell.location.cell?.a1 ?? "?")（\($0.criterion.name)）" }.joined(separator: "、")
    }

    /// Header labels (with values somewhere) that match no criterion, and criteria with no column.
    func unmatched(_ cells: [ScoreCell]) -> (extraLabels: [String], missing: [Criterion]) {
        var matched = Set<CriterionID>()
        var extra: [String] = []
        for cell in cells {
            if let c = match(cell) { matched.insert(c.id) } else if !extra.contains(cell.label) { extra.append(cell.label) }
        }
        return (extra, criteria.filter { !matched.contains($0.id) })
    }
}
