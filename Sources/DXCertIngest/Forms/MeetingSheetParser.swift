import DXCertRules
import Foundation
import OOXMLReader

/// Reads a judge's 報告会評価シート: identity or labelled header fields, then one row per project.
///
/// Rows are matched by the project ID on the row, never by position, so rows reordered,
/// inserted or deleted by the judge are still read correctly. Score columns are every header
/// column that is not one of the fixed ones; their criterion IDs come from the hidden ID row
/// (or the identity), else validation matches them to criteria by name.
public enum MeetingSheetParser {
    typealias Layout = FormLayout.MeetingSheet

    static let fixedHeaders = [
        Layout.projectIDHeader, Layout.teamHeader, Layout.themeHeader, Layout.totalHeader, Layout.commentHeader, "合計", "備考", "No", "番号",
    ]
    .map(TextNormalizer.labelKey)

    /// The hidden criterion-ID row's label as a key (made once, not on every row).
    private static let criterionIDRowKey = UTF8Key(TextNormalizer.labelKey(Layout.criterionIDRowLabel))

    /// True for the hidden criterion-ID row: its normalized ID cell is the label's key, or its
    /// text is the label (`String ==` only when the text is not plain ASCII: no ASCII text is
    /// canonically equal to the Japanese label, and comparing Japanese text normalizes it).
    private static func isCriterionIDRow(_ projectID: ProjectID, _ idCell: Cell?) -> Bool {
        if UTF8Key(projectID.value) == criterionIDRowKey { return true }
        guard let text = idCell?.value.text, !text.utf8.allSatisfy({ $0 < 0x80 }) else { return false }
        return text == Layout.criterionIDRowLabel
    }

    /// True when a cell holds the own-team mark. Only text can: numbers, dates, booleans and
    /// errors read as digits, `TRUE`/`FALSE` or `#…`, never as the Japanese mark.
    private static func hasOwnTeamMark(_ cell: Cell) -> Bool {
        if case .string(let s) = cell.value { return TextSearch.contains(s, Layout.ownTeamMark) }
        return false
    }

    /// True when a header row looks like the score table.
    static func isHeader(_ h: HeaderMap) -> Bool {
        h.column(Labels.projectID) != nil && (h.column(Labels.team) != nil || h.column(Labels.total) != nil || h.distinctLabelCount >= 3)
    }

    /// The header labels the test looks for, keys made once.
    private enum Labels {
        static let projectID = HeaderLabel(Layout.projectIDHeader)
        static let team = HeaderLabel(Layout.teamHeader)
        static let total = HeaderLabel("合計")
    }

    /// The sheet holding the score table: the named one, else the first worksheet with the header.
    static func findSheet(_ workbook: Workbook, previews: SheetPreviews? = nil) throws -> (SheetInfo, FormScanner.Scan)? {
        try FormScanner.findSheet(workbook, preferred: Layout.sheetName, isHeader: isHeader, previews: previews)
    }

    /// Parses the form, finding its sheet first.
    public static func parse(_ workbook: Workbook, file: String, identity: Identity?) throws -> MeetingScoreSheet? {
        try parse(workbook, file: file, identity: identity, found: nil)
    }

    /// Parses the form; `found` is the form's sheet and what recognising the workbook read of it,
    /// when the classifier already found it (the scan goes on after its header).
    package static func parse(_ workbook: Workbook, file: String, identity: Identity?, found known: FormScanner.Found?) throws -> MeetingScoreSheet? {
        guard let found = try known ?? findSheet(workbook).map(FormScanner.Found.init) else { return nil }
        let sheet = found.sheet
        let loc = SourceLocation(file: file, sheet: sheet.name)
        var rows: [MeetingScoreRow] = []
        var criterionIDs: [Int: CriterionID] = [:]
        var scoreColumns: [Int] = []
        var digest = ContentDigest()
        var uncached: [CellReference] = []
        /// The header's columns, looked up once (the header is the same for every row).
        var columns: (id: Int, team: Int?, comment: Int?, watched: Set<Int>, labels: [Int: String])?

        let scan = try FormScanner.scan(workbook, sheet, after: found.scan, isHeader: isHeader) { row, header in
            if columns == nil {
                scoreColumns = header.labelledColumns.filter { !fixedHeaders.contains(TextNormalizer.labelKey(header.label(at: $0)!)) }
                let identityIDs = identity?.list(FormLayout.Identity.criteria) ?? []
                if identityIDs.count == scoreColumns.count {
                    for (c, id) in zip(scoreColumns, identityIDs) { criterionIDs[c] = CriterionID(id) }
                }
                let id = header.column(Layout.projectIDHeader)!
                columns = (
                    id, header.column(Layout.teamHeader), header.column(Layout.commentHeader), Set(scoreColumns + [id]),
                    Dictionary(uniqueKeysWithValues: scoreColumns.map { ($0, header.label(at: $0) ?? "") })
                )
            }
            let (idColumn, teamColumn, commentColumn, watched, labels) = columns!
            let idCell = FormScanner.cell(row, idColumn)
            let projectID = IDNormalizer.project(idCell?.value)
            if isCriterionIDRow(projectID, idCell) {
                for c in scoreColumns {
                    if let v = FormScanner.cell(row, c) { criterionIDs[c] = IDNormalizer.criterion(v.value) }
                }
                return true
            }
            let team = TextNormalizer.text(FormScanner.cell(row, teamColumn)?.value)
            let comment = TextNormalizer.text(FormScanner.cell(row, commentColumn)?.value)
            let marked = row.cells.contains(where: hasOwnTeamMark)
            let scores = scoreColumns.map { c -> ScoreCell in
                let cell = FormScanner.cell(row, c)
                var value = cell?.value
                if case .string(let s)? = value, TextNormalizer.isBlank(s) || TextSearch.contains(s, Layout.ownTeamMark) { value = nil }
                return ScoreCell(
                    criterionID: criterionIDs[c], label: labels[c] ?? "", value: value?.entered,
                    location: loc.at(CellPosition(row: row.index, column: c)))
            }
            let formulas = FormScanner.uncached(row, columns: watched)
            if projectID.isEmpty && scores.allSatisfy({ $0.value == nil }) {
                uncached += formulas.filter { $0.column == idColumn }  // an ID computed but never saved: say so
                return true  // blank or note row
            }
            uncached += formulas
            rows.append(
                MeetingScoreRow(
                    projectID: projectID, team: team, scores: scores, comment: comment, markedOwnTeam: marked,
                    location: loc.at(CellPosition(row: row.index, column: idColumn))))
            digest.add(projectID.value)
            for s in scores { digest.add(s.value?.text ?? "") }
            digest.add(comment)
            return true
        }
        // IDs from the ID row may have arrived after some rows were read (never with our sheets): fill them in.
        for i in rows.indices {
            for j in rows[i].scores.indices where rows[i].scores[j].criterionID == nil {
                if let column = rows[i].scores[j].location.cell?.column { rows[i].scores[j].criterionID = criterionIDs[column] }
            }
        }

        let yearCell = FormScanner.value(after: Layout.yearLabel, in: scan)
        let judgeCell = FormScanner.value(after: Layout.judgeIDLabel, in: scan)
        let nameCell = FormScanner.value(after: Layout.judgeNameLabel, in: scan)
        let categoryCell = FormScanner.value(after: Layout.categoryLabel, in: scan)

        let year = identity?[FormLayout.Identity.year].flatMap(YearParser.parse) ?? YearParser.parse(yearCell?.value)
        let judgeID = identity?[FormLayout.Identity.judgeID].map(IDNormalizer.judge) ?? IDNormalizer.judge(judgeCell?.value)
        let judgeName = identity?[FormLayout.Identity.judgeName].map(TextNormalizer.normalize) ?? TextNormalizer.text(nameCell?.value)
        let category =
            identity?[FormLayout.Identity.category].flatMap(CategoryParser.parse) ?? CategoryParser.parse(TextNormalizer.text(categoryCell?.value))
        digest.add(year.map { String($0.year) } ?? "")
        digest.add(judgeID.value)

        var source = SubmissionSource(
            file: file, sheet: sheet.name, recognisedBy: identity?.source ?? "見出し",
            modified: workbook.properties.modifiedDate, fingerprint: digest.hex)
        if year == nil { source.yearProblem = YearParser.problem(yearCell?.value) }
        let fields = [Layout.yearLabel, Layout.judgeIDLabel, Layout.categoryLabel].compactMap {
            FormScanner.uncachedValue(after: $0, in: scan)
        }
        source.notes += (fields + uncached).map { FormScanner.uncachedNote(loc.at($0)) }
        if let identity {
            source.notes += Identity.conflicts([
                (
                    "年度", identity[FormLayout.Identity.year].flatMap(YearParser.parse)?.label, YearParser.parse(yearCell?.value)?.label,
                    loc.at(yearCell?.reference)
                ),
                (
                    "審査員ID", identity[FormLayout.Identity.judgeID].map(IDNormalizer.normalize), IDNormalizer.normalize(judgeCell?.value),
                    loc.at(judgeCell?.reference)
                ),
            ])
        }
        return MeetingScoreSheet(
            source: source,
            year: Field(year, at: loc.at(yearCell?.reference)),
            judgeID: Field(judgeID, at: loc.at(judgeCell?.reference)),
            judgeName: Field(judgeName, at: loc.at(nameCell?.reference)),
            category: Field(category, at: loc.at(categoryCell?.reference)),
            rows: rows)
    }
}
