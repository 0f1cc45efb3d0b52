import DXCertRules
import Foundation
import OOXMLReader

/// Reads an evaluator's リーダー評価シート: who evaluates whom, then one row per criterion.
public enum LeaderSheetParser {
    typealias Layout = FormLayout.LeaderSheet

    static func isHeader(_ h: HeaderMap) -> Bool {
        h.column(Labels.score) != nil && (h.column(Labels.criterionID) != nil || h.column(Labels.criterion) != nil)
    }

    /// The header labels the test looks for, keys made once.
    private enum Labels {
        static let score = HeaderLabel(Layout.scoreHeader)
        static let criterionID = HeaderLabel(Layout.criterionIDHeader)
        static let criterion = HeaderLabel(Layout.criterionHeader)
        static let comment = HeaderLabel(Layout.commentLabel)
        static let year = HeaderLabel(Layout.yearLabel)
        static let evaluatorID = HeaderLabel(Layout.evaluatorIDLabel)
        static let evaluatorName = HeaderLabel(Layout.evaluatorNameLabel)
        static let leaderID = HeaderLabel(Layout.leaderIDLabel)
        static let leaderName = HeaderLabel(Layout.leaderNameLabel)
        static let projectID = HeaderLabel(Layout.projectIDLabel)
    }

    /// True when the preamble names an evaluated leader (recognition by labels).
    static func looksLikeLeaderSheet(_ scan: FormScanner.Scan) -> Bool {
        scan.header.map(isHeader) == true && FormScanner.value(after: Labels.leaderID, in: scan) != nil
            || scan.header.map(isHeader) == true && scan.preamble.contains { $0.cells.contains { TextSearch.contains($0.value.text, "対象リーダー") } }
    }

    static func findSheet(_ workbook: Workbook, previews: SheetPreviews? = nil) throws -> (SheetInfo, FormScanner.Scan)? {
        try FormScanner.findSheet(workbook, preferred: Layout.sheetName, isHeader: isHeader, previews: previews)
    }

    /// Parses the form, finding its sheet first.
    public static func parse(_ workbook: Workbook, file: String, identity: Identity?) throws -> LeaderEvaluationSheet? {
        try parse(workbook, file: file, identity: identity, found: nil)
    }

    /// Parses the form; `found` is the form's sheet and what recognising the workbook read of it,
    /// when the classifier already found it (the scan goes on after its header).
    package static func parse(
        _ workbook: Workbook, file: String, identity: Identity?, found known: FormScanner.Found?
    ) throws -> LeaderEvaluationSheet? {
        guard let found = try known ?? findSheet(workbook).map(FormScanner.Found.init) else { return nil }
        let sheet = found.sheet
        let loc = SourceLocation(file: file, sheet: sheet.name)
        var scores: [ScoreCell] = []
        var comment = ""
        var digest = ContentDigest()
        var uncached: [CellReference] = []
        /// The header's columns, looked up once (the header is the same for every row).
        var columns: (id: Int?, name: Int?, score: Int, watched: Set<Int>)?
        let scan = try FormScanner.scan(workbook, sheet, after: found.scan, isHeader: isHeader) { row, header in
            // The comment field sits below the table: `コメント | text` (keys are normal text: equal as bytes).
            if let first = row.cells.first, UTF8Key(TextNormalizer.labelKey(first.value.text)) == Labels.comment.key {
                comment = row.cells.dropFirst().map { TextNormalizer.normalize($0.value.text) }.joined(separator: " ")
                return true
            }
            if columns == nil {
                let id = header.column(Labels.criterionID)
                let score = header.column(Labels.score)!  // the header test requires it
                columns = (id, header.column(Labels.criterion), score, Set([score, id].compactMap { $0 }))
            }
            let (idColumn, nameColumn, scoreColumn, watched) = columns!
            let id = IDNormalizer.criterion(FormScanner.cell(row, idColumn)?.value)
            let name = TextNormalizer.text(FormScanner.cell(row, nameColumn)?.value)
            if id.isEmpty && name.isEmpty { return true }
            if name.hasPrefix("合計") || id.value.hasPrefix("合計") { return true }
            uncached += FormScanner.uncached(row, columns: watched)
            let cell = FormScanner.cell(row, scoreColumn)
            scores.append(
                ScoreCell(
                    criterionID: id.isEmpty ? nil : id, label: name, value: cell?.value.entered,
                    location: loc.at(CellPosition(row: row.index, column: scoreColumn))))
            digest.add(id.value)
            digest.add(cell?.value.text ?? "")
            return true
        }
        func field(_ label: HeaderLabel) -> Cell? { FormScanner.value(after: label, in: scan) }
        let key = FormLayout.Identity.self
        let yearCell = field(Labels.year)
        let evaluatorCell = field(Labels.evaluatorID)
        let evaluatorNameCell = field(Labels.evaluatorName)
        let leaderCell = field(Labels.leaderID)
        let leaderNameCell = field(Labels.leaderName)
        let projectCell = field(Labels.projectID)
        let year = identity?[key.year].flatMap(YearParser.parse) ?? YearParser.parse(yearCell?.value)
        let evaluatorID =
            identity?[key.evaluatorID].flatMap { StaffIDNormalizer.normalize($0, width: 0)?.value }
            ?? StaffIDNormalizer.normalize(evaluatorCell?.value, width: 0)?.value ?? ""
        let leaderID =
            identity?[key.leaderID].flatMap { StaffIDNormalizer.normalize($0, width: 0)?.value }
            ?? StaffIDNormalizer.normalize(leaderCell?.value, width: 0)?.value ?? ""
        let projectID = identity?[key.projectID].map(IDNormalizer.project) ?? IDNormalizer.project(projectCell?.value)
        let evaluatorName = identity?[key.evaluatorName].map(TextNormalizer.normalize) ?? TextNormalizer.text(evaluatorNameCell?.value)
        let leaderName = identity?[key.leaderName].map(TextNormalizer.normalize) ?? TextNormalizer.text(leaderNameCell?.value)
        // Criterion IDs from the identity when the sheet's ID column was cleared.
        let identityIDs = identity?.list(key.criteria) ?? []
        if identityIDs.count == scores.count {
            for i in scores.indices where scores[i].criterionID == nil { scores[i].criterionID = CriterionID(identityIDs[i]) }
        }
        for s in [year.map { String($0.year) } ?? "", evaluatorID, leaderID, projectID.value, comment] { digest.add(s) }

        var source = SubmissionSource(
            file: file, sheet: sheet.name, recognisedBy: identity?.source ?? "見出し",
            modified: workbook.properties.modifiedDate, fingerprint: digest.hex)
        if year == nil { source.yearProblem = YearParser.problem(yearCell?.value) }
        let fields = [Layout.yearLabel, Layout.evaluatorIDLabel, Layout.leaderIDLabel, Layout.projectIDLabel]
            .compactMap { FormScanner.uncachedValue(after: $0, in: scan) }
        source.notes += (fields + uncached).map { FormScanner.uncachedNote(loc.at($0)) }
        if let identity {
            let staff = { (text: String?) in text.flatMap { StaffIDNormalizer.normalize($0, width: 0)?.value } }
            source.notes += Identity.conflicts([
                ("年度", identity[key.year].flatMap(YearParser.parse)?.label, YearParser.parse(yearCell?.value)?.label, loc.at(yearCell?.reference)),
                (
                    "評価者の職員番号", staff(identity[key.evaluatorID]), StaffIDNormalizer.normalize(evaluatorCell?.value, width: 0)?.value,
                    loc.at(evaluatorCell?.reference)
                ),
                (
                    "対象リーダーの職員番号", staff(identity[key.leaderID]), StaffIDNormalizer.normalize(leaderCell?.value, width: 0)?.value,
                    loc.at(leaderCell?.reference)
                ),
                (
                    "プロジェクトID", identity[key.projectID].map(IDNormalizer.normalize), IDNormalizer.normalize(projectCell?.value),
                    loc.at(projectCell?.reference)
                ),
            ])
        }
        return LeaderEvaluationSheet(
            source: source,
            year: Field(year, at: loc.at(yearCell?.reference)),
            evaluatorID: Field(evaluatorID, at: loc.at(evaluatorCell?.reference)),
            evaluatorName: Field(evaluatorName, at: loc.at(evaluatorNameCell?.reference)),
            leaderID: Field(leaderID, at: loc.at(leaderCell?.reference)),
            leaderName: Field(leaderName, at: loc.at(leaderNameCell?.reference)),
            projectID: Field(projectID, at: loc.at(projectCell?.reference)),
            scores: scores, comment: comment)
    }
}
