import Foundation
import OOXMLReader

/// Decides what a workbook is from its content, never its file name.
///
/// First the identity our generated workbooks carry (hidden sheet, else document
/// properties); failing that, the sheet names and header labels of the forms.
public enum WorkbookClassifier {
    /// The kind and how it was recognised (`識別シート`, `文書プロパティ`, `見出し`).
    public struct Result: Sendable, Equatable {
        public var kind: WorkbookKind
        public var recognisedBy: String
        /// The sheet holding the form, when recognising it already found it (saves a pass).
        public var sheet: SheetInfo?
    }

    public static func classify(_ workbook: Workbook, identity: Identity?) throws -> Result {
        if let identity, let kind = identity.kind, kind != .unknown {
            return Result(kind: kind, recognisedBy: identity.source)
        }
        let S = FormLayout.YearSetup.self
        let names = Set(workbook.worksheets.map(\.name))
        if names.contains(S.participantsSheet) && (names.contains(S.projectsSheet) || names.contains(S.judgesSheet)) {
            return Result(kind: .yearSetup, recognisedBy: "見出し")
        }
        if try PriorRegisterParser.findSheet(workbook) != nil {
            return Result(kind: .priorRegister, recognisedBy: "見出し")
        }
        if let (sheet, scan) = try LeaderSheetParser.findSheet(workbook), LeaderSheetParser.looksLikeLeaderSheet(scan) {
            return Result(kind: .leaderEvaluation, recognisedBy: "見出し", sheet: sheet)
        }
        if let (sheet, scan) = try ReportSheetParser.findSheet(workbook),
           FormScanner.value(after: FormLayout.ReportSheet.judgeIDLabel, in: scan.preamble) != nil
            || scan.preamble.contains(where: { $0.cells.contains { TextSearch.contains($0.value.text, "審査員") } }) {
            return Result(kind: .reportScore, recognisedBy: "見出し", sheet: sheet)
        }
        return Result(kind: .unknown, recognisedBy: "")
    }
}
