import DXCertForms
import DXCertRules
import Foundation
import XLSXWriter

/// A judge who removed the sheet protection and typed scores over the grey row of their own
/// project: the slip `scoredOwnTeam` of the sample story. The row keeps its mark in the total
/// column, so the batch can tell (and warns that the judge scored their own project).
struct TypedOverOwnRow {
    let answers: MeetingAnswers

    func write(_ cells: MeetingSheetTemplate.OwnTeamRow) throws {
        let given = answers.scores[cells.project.id] ?? [:]
        for (criterion, column) in cells.scoreColumns {
            let at = CellAddress(row: cells.row, column: column)
            switch given[criterion.id] {
            case .number(let n)?: try cells.sheet.write(n, at: at, style: FormStyles.ownTeamScore)
            case .text(let t)? where !t.isEmpty: try cells.sheet.write(t, at: at, style: FormStyles.ownTeamScore)
            case .text?, nil: try cells.sheet.writeBlank(at: at, style: FormStyles.ownTeamScore)
            }
        }
        try cells.sheet.write(
            FormLayout.MeetingSheet.ownTeamMark, at: CellAddress(row: cells.row, column: cells.totalColumn),
            style: FormStyles.ownTeamMark)
        try cells.sheet.write(
            answers.comments[cells.project.id] ?? "", at: CellAddress(row: cells.row, column: cells.commentColumn),
            style: FormStyles.ownTeam)
    }
}
