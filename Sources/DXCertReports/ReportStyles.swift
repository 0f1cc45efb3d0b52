import DXCertRules
import Foundation
import XLSXWriter

/// The look of every report sheet, in one place: fonts, fills, borders and number formats.
///
/// Colours for met / unmet / attention are Excel's own conditional-format presets
/// (良い・悪い・どちらでもない), so managers recognise them.
enum ReportStyles {
    /// The workbook font: 游ゴシック 11 pt, the default of Japanese Excel.
    static let font = WorkbookFont.yuGothic

    // MARK: Colours

    static let headerFill = RGBColor(0xDDEBF7)
    static let headerLine = RGBColor(0x8EA9DB)
    static let gridLine = RGBColor(0xBFBFBF)
    static let titleColor = RGBColor(0x1F3864)
    static let noteColor = RGBColor(0x595959)
    static let totalFill = RGBColor(0xF2F2F2)

    /// 良い: met, new certification.
    static let goodFill = RGBColor(0xC6EFCE)
    static let goodFont = RGBColor(0x006100)
    /// 悪い: not met, error, missing.
    static let badFill = RGBColor(0xFFC7CE)
    static let badFont = RGBColor(0x9C0006)
    /// どちらでもない: kept, warning, attention.
    static let neutralFill = RGBColor(0xFFEB9C)
    static let neutralFont = RGBColor(0x9C5700)
    /// Greyed out: skipped files, not applicable.
    static let mutedFont = RGBColor(0x7F7F7F)

    /// One line colour per tier in the charts (Excel's first three theme colours).
    static let tierColors: [Tier: RGBColor] = [.advisor: RGBColor(0x4472C4), .expert: RGBColor(0xED7D31), .specialist: RGBColor(0x70AD47)]

    // MARK: Number formats

    /// Scores: one decimal.
    static let scoreFormat = "0.0"
    static let integerFormat = "0"
    static let percentFormat = "0%"
    /// Differences from the panel: always signed.
    static let signedFormat = "+0.0;-0.0;0.0"
    static let correlationFormat = "0.00"

    // MARK: Cell styles

    static let title = CellStyle(fontSize: 14, bold: true, fontColor: titleColor)
    static let subtitle = CellStyle(fontSize: 10, fontColor: noteColor)
    static let note = CellStyle(fontSize: 9, fontColor: noteColor)
    static let section = CellStyle(fontSize: 12, bold: true, fontColor: titleColor)

    static let header = CellStyle(
        bold: true, fillColor: headerFill, borders: .all(.init(.thin, color: headerLine)),
        horizontalAlignment: .center, verticalAlignment: .center, wrapText: true)

    /// A body cell of a table, by how its column shows values.
    static func body(_ kind: ReportColumn.Kind, total: Bool = false) -> CellStyle {
        var s = CellStyle(borders: .all(.init(.thin, color: gridLine)), verticalAlignment: .top)
        switch kind {
        case .text: s.wrapText = true
        case .singleLine: break
        case .centered: s.horizontalAlignment = .center; s.wrapText = true
        case .number(let format): s.numberFormat = format
        }
        if total {
            s.bold = true
            s.fillColor = totalFill
        }
        return s
    }

    // MARK: Conditional styles

    static let good = CellStyle(fontColor: goodFont, fillColor: goodFill)
    static let bad = CellStyle(fontColor: badFont, fillColor: badFill)
    static let neutral = CellStyle(fontColor: neutralFont, fillColor: neutralFill)
    static let muted = CellStyle(fontColor: mutedFont)
    static let emphasis = CellStyle(bold: true, borders: .all(.init(.medium, color: titleColor)))
}
