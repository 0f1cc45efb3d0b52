import DXCertRules
import Foundation
import OOXMLReader

/// Decides what a workbook is from its content, never its file name.
///
/// First the identity our generated workbooks carry (hidden sheet, else document
/// properties); failing that, the sheet names and header labels of the forms. When the
/// identity names one kind and the visible sheets are plainly another (a workbook made by
/// "save as" from a generated one keeps its document properties), the result says so and the
/// file is not used.
public enum WorkbookClassifier {
    /// The kind and how it was recognised (`識別シート`, `文書プロパティ`, `見出し`).
    /// Not `Sendable`: `found` carries the scan's lazily made label keys, for the one thread
    /// that goes on to parse the workbook.
    public struct Result {
        public var kind: WorkbookKind
        public var recognisedBy: String
        /// The sheet holding the form and what recognising it read of it (the rows above the
        /// table and its header), when it already found it: the parser goes on from there.
        package var found: FormScanner.Found?
        /// The sheet holding the form, when recognising it already found it.
        public var sheet: SheetInfo? { found?.sheet }
        /// Set when the identity contradicts the visible sheets (Japanese, for 入力チェック).
        public var contradiction: String?
    }

    public static func classify(_ workbook: Workbook, identity: Identity?) throws -> Result {
        guard let identity, let kind = identity.kind, kind != .unknown else { return try byLabels(workbook) }
        let (visible, found) = try shows(workbook, kind)
        if visible { return Result(kind: kind, recognisedBy: identity.source, found: found) }
        let seen = try byLabels(workbook)
        guard seen.kind != .unknown, seen.kind != kind else {
            return Result(kind: kind, recognisedBy: identity.source)  // the parser reports the missing table
        }
        return Result(
            kind: kind, recognisedBy: identity.source,
            contradiction: "このファイルの識別情報（配布時に埋め込んだ情報）は「\(kind.rawValue)」ですが、"
                + "シートの見出しは「\(seen.kind.rawValue)」です。別のファイルから作った可能性があります")
    }

    /// Whether the visible sheets hold the form of `kind` (and the sheet, when finding it took a scan).
    private static func shows(_ workbook: Workbook, _ kind: WorkbookKind) throws -> (Bool, FormScanner.Found?) {
        switch kind {
        case .yearSetup:
            return (looksLikeSetup(workbook), nil)
        case .priorRegister:
            return (try PriorRegisterParser.findSheet(workbook) != nil, nil)
        case .leaderEvaluation:
            let found = try LeaderSheetParser.findSheet(workbook).map(FormScanner.Found.init)
            return (found != nil, found)
        case .meetingScore:
            let found = try MeetingSheetParser.findSheet(workbook).map(FormScanner.Found.init)
            return (found != nil, found)
        case .unknown:
            return (false, nil)
        }
    }

    private static func looksLikeSetup(_ workbook: Workbook) -> Bool {
        let layout = FormLayout.YearSetup.self
        let names = Set(workbook.worksheets.map(\.name))
        return names.contains(layout.participantsSheet) && (names.contains(layout.projectsSheet) || names.contains(layout.judgesSheet))
    }

    /// Recognition by sheet names and header labels only.
    private static func byLabels(_ workbook: Workbook) throws -> Result {
        if looksLikeSetup(workbook) {
            return Result(kind: .yearSetup, recognisedBy: "見出し")
        }
        // Each form's header is tried on the same first rows: read and mapped once.
        let previews = SheetPreviews(workbook)
        if try PriorRegisterParser.findSheet(workbook, previews: previews) != nil {
            return Result(kind: .priorRegister, recognisedBy: "見出し")
        }
        if let (sheet, scan) = try LeaderSheetParser.findSheet(workbook, previews: previews), LeaderSheetParser.looksLikeLeaderSheet(scan) {
            return Result(kind: .leaderEvaluation, recognisedBy: "見出し", found: FormScanner.Found(sheet, scan))
        }
        if let (sheet, scan) = try MeetingSheetParser.findSheet(workbook, previews: previews),
            FormScanner.value(after: FormLayout.MeetingSheet.judgeIDLabel, in: scan) != nil
                || scan.preamble.contains(where: { $0.cells.contains { TextSearch.contains($0.value.text, "審査員") } })
        {
            return Result(kind: .meetingScore, recognisedBy: "見出し", found: FormScanner.Found(sheet, scan))
        }
        return Result(kind: .unknown, recognisedBy: "")
    }
}
