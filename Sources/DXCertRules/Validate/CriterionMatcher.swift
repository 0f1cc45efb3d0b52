import Foundation

/// Matches score cells to the criteria of the year's setup: by criterion ID when the sheet
/// carries one, else by the criterion name in the header (normalized, spaces ignored).
struct CriterionMatcher {
    let criteria: [Criterion]
    /// Positions in `criteria`, the first one for an ID or a name key.
    private let byID: [CriterionID: Int]
    private let byName: [UTF8Key: Int]
    /// The criteria `byName` answers for their key, by name as written: a header that is the
    /// criterion's name exactly (every sheet made from the template, on every row) is matched
    /// by comparing text, without making its key.
    private let byExactName: [(name: UTF8Key, index: Int)]
    /// The label key of each criterion's name (for headers that contain it).
    private let nameKeys: [String]
    /// For each criterion, the position of the first criterion with its ID: cells of criteria
    /// that share an ID count once, and their score is the ID's.
    private let firstWithID: [Int]

    init(_ criteria: [Criterion]) {
        self.criteria = criteria
        var byID: [CriterionID: Int] = [:]
        var byName: [UTF8Key: Int] = [:]
        var byExactName: [(name: UTF8Key, index: Int)] = []
        var nameKeys: [String] = []
        var firstWithID: [Int] = []
        for (i, c) in criteria.enumerated() {
            if byID[c.id] == nil { byID[c.id] = i }
            firstWithID.append(byID[c.id] ?? i)
            let key = TextNormalizer.labelKey(c.name)
            nameKeys.append(key)
            if byName[UTF8Key(key)] == nil {
                byName[UTF8Key(key)] = i
                byExactName.append((UTF8Key(c.name), i))
            }
        }
        self.byID = byID
        self.byName = byName
        self.byExactName = byExactName
        self.nameKeys = nameKeys
        self.firstWithID = firstWithID
    }

    /// The criterion a cell belongs to, if any.
    func match(_ cell: ScoreCell) -> Criterion? {
        position(of: cell).map { criteria[$0] }
    }

    /// The position in `criteria` of the criterion a cell belongs to, if any.
    private func position(of cell: ScoreCell) -> Int? {
        if let id = cell.criterionID, let i = byID[id] { return i }
        // Same answer as the key lookup below: equal bytes are equal text, equal text has equal
        // keys, and only the criterion the key lookup returns is listed. (As bytes: `String ==`
        // normalizes Japanese on the fly.)
        let label = UTF8Key(cell.label)
        if let exact = byExactName.first(where: { $0.name == label }) { return exact.index }
        let key = TextNormalizer.labelKey(cell.label)
        if let i = byName[UTF8Key(key)] { return i }
        // Headers such as `政策との整合性（P1）` or `P1 政策との整合性`.
        return nameKeys.firstIndex { key.contains($0) }
    }

    /// Reads the cells of one row or sheet: valid scores by criterion ID and the criteria left
    /// blank or rejected; reports invalid cells. (By position, not by ID in a dictionary: this
    /// runs for every row of every returned sheet.)
    func read(_ cells: [ScoreCell], diagnostics: Diagnostics, year: FiscalYear) -> (scores: [CriterionID: Double], blanks: [CriterionID]) {
        // Per criterion position: not seen yet (.nan), seen without a score (.infinity), or its score.
        withUnsafeTemporaryAllocation(of: Double.self, capacity: criteria.count) { found in
            found.initialize(repeating: .nan)
            for cell in cells {
                guard let i = position(of: cell) else { continue }
                let first = firstWithID[i]
                guard found[first].isNaN else { continue }
                found[first] = .infinity
                switch ScoreParser.parse(cell.value, max: criteria[i].maxScore) {
                case .blank:
                    break
                case .value(let v):
                    found[first] = v
                case .invalid(let why):
                    diagnostics.report(
                        .error, cell.location, "「\(criteria[i].name)」の点数が読めません：\(why)",
                        action: "この項目は未採点として扱います", year: year)
                }
            }
            var scores: [CriterionID: Double] = Dictionary(minimumCapacity: criteria.count)
            var blanks: [CriterionID] = []
            for (i, c) in criteria.enumerated() {
                let v = found[firstWithID[i]]
                if v.isFinite { scores[c.id] = v } else { blanks.append(c.id) }
            }
            return (scores, blanks)
        }
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
