import DXCertIngest
import DXCertRules
import Foundation
import XLSXWriter

/// The look shared by every form we hand out: templates and pre-filled sheets.
///
/// One rule carries the whole design: **coloured cells are the ones to fill in** (light yellow,
/// unlocked); everything else is locked when the sheet is protected. Grey marks what is not
/// for this person (own-team rows), blue the table headings.
package enum FormStyles {
    static let inputFill = RGBColor(0xFFF2CC)
    static let headerFill = RGBColor(0xDDEBF7)
    static let labelFill = RGBColor(0xF2F2F2)
    static let ownTeamFill = RGBColor(0xD9D9D9)
    static let totalFill = RGBColor(0xE2EFDA)
    static let noteColor = RGBColor(0x595959)
    static let hiddenColor = RGBColor(0x808080)
    static let border = CellStyle.Borders.all(.init(.thin, color: RGBColor(0x808080)))

    static let title = CellStyle(fontSize: 16, bold: true, verticalAlignment: .center)
    static let subtitle = CellStyle(fontSize: 11, fontColor: noteColor, verticalAlignment: .center)
    /// Instructions at the top of a form: wrapped, top-aligned.
    static let instruction = CellStyle(fontSize: 10, verticalAlignment: .top, wrapText: true)
    /// Examples and explanations beside inputs: grey italic, never read as data.
    static let note = CellStyle(fontSize: 9, italic: true, fontColor: noteColor, verticalAlignment: .top, wrapText: true)
    static let sectionTitle = CellStyle(fontSize: 12, bold: true, verticalAlignment: .center)

    /// A field label on the left of a label/value pair.
    static let label = CellStyle(bold: true, fillColor: labelFill, borders: border, verticalAlignment: .center, wrapText: true)
    /// A pre-filled value the person must not change.
    static let value = CellStyle(borders: border, verticalAlignment: .center, wrapText: true, numberFormat: "@")
    /// A value to fill in (text kept as typed: `@`).
    static let inputText = CellStyle(
        fillColor: inputFill, borders: border, verticalAlignment: .center, wrapText: true,
        numberFormat: "@", locked: false)
    /// A value to fill in, numbers allowed.
    static let input = CellStyle(fillColor: inputFill, borders: border, verticalAlignment: .center, wrapText: true, locked: false)
    /// A number to fill in (満点, 重み), centred.
    static let inputNumber = CellStyle(
        fillColor: inputFill, borders: border, horizontalAlignment: .center, verticalAlignment: .center,
        locked: false)
    /// A score dropdown cell.
    static let scoreInput = CellStyle(
        fillColor: inputFill, borders: border, horizontalAlignment: .center,
        verticalAlignment: .center, locked: false)
    /// A free comment: wrapped, top-aligned.
    static let commentInput = CellStyle(fillColor: inputFill, borders: border, verticalAlignment: .top, wrapText: true, locked: false)
    static let dateInput = CellStyle(
        fillColor: inputFill, borders: border, horizontalAlignment: .left, verticalAlignment: .center,
        numberFormat: "yyyy\"年\"m\"月\"d\"日\"", locked: false)

    static let header = CellStyle(
        bold: true, fillColor: headerFill, borders: border, horizontalAlignment: .center,
        verticalAlignment: .center, wrapText: true)
    /// A locked table cell (IDs, names, themes).
    static let cell = CellStyle(borders: border, verticalAlignment: .center, wrapText: true, numberFormat: "@")
    static let cellCentered = CellStyle(
        borders: border, horizontalAlignment: .center, verticalAlignment: .center, wrapText: true,
        numberFormat: "@")
    /// Small wrapped text in a table (the list of scale texts).
    static let small = CellStyle(fontSize: 9, borders: border, verticalAlignment: .center, wrapText: true, numberFormat: "@")
    static let number = CellStyle(borders: border, horizontalAlignment: .center, verticalAlignment: .center)
    static let total = CellStyle(
        bold: true, fillColor: totalFill, borders: border, horizontalAlignment: .center,
        verticalAlignment: .center, numberFormat: "0.0")
    static let totalLabel = CellStyle(
        bold: true, fillColor: totalFill, borders: border, horizontalAlignment: .right,
        verticalAlignment: .center)
    /// The hidden row of criterion IDs under the report sheet's header.
    static let idRow = CellStyle(fontSize: 8, fontColor: hiddenColor, borders: border, horizontalAlignment: .center, numberFormat: "@")

    /// Own-team row: grey, locked.
    package static let ownTeam = CellStyle(
        fontColor: noteColor, fillColor: ownTeamFill, borders: border, verticalAlignment: .center,
        wrapText: true, numberFormat: "@")
    package static let ownTeamMark = CellStyle(
        bold: true, fontColor: noteColor, fillColor: ownTeamFill, borders: border,
        horizontalAlignment: .center, verticalAlignment: .center, wrapText: true)
    /// Test/sample only: a score typed into an own-team row after protection was removed.
    package static let ownTeamScore = CellStyle(
        fontColor: noteColor, fillColor: ownTeamFill, borders: border, horizontalAlignment: .center,
        verticalAlignment: .center)

    /// What a protected form still lets people do: select cells, widen columns, heighten rows.
    static let formProtection = SheetProtection(formatColumns: true, formatRows: true)
    /// The setup workbook is the clerk's own: rows may be inserted, deleted and sorted.
    static let setupProtection = SheetProtection(
        formatColumns: true, formatRows: true, insertRows: true, deleteRows: true,
        sort: true, useAutofilter: true)
}
