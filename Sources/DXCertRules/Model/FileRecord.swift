import Foundation

/// The status of an input file in the 入力ファイル report.
public enum FileStatus: String, Sendable, Codable {
    case imported = "取込済"
    case importedWithWarnings = "警告あり"
    case excluded = "除外"
}

/// One line of the 入力ファイル report: every file found, with what became of it.
public struct FileRecord: Sendable, Equatable {
    public var path: String
    public var kind: WorkbookKind
    public var recognisedBy: String
    public var year: FiscalYear?
    /// Whose sheet it is, e.g. `審査員 J03 佐藤花子` or `評価者 10021 → リーダー 10005`.
    public var person: String
    public var status: FileStatus
    /// Why excluded, or what the warnings are about (short); empty when clean.
    public var reason: String
    /// True for files left out on purpose without reading (Excel lock files, hidden files):
    /// status 除外 like any other unused file, but not an input problem.
    public var skippedOnPurpose: Bool = false
    /// The workbook's own modified time (docProps/core.xml), nil when it has none.
    public var modified: Date?

    public init(
        path: String, kind: WorkbookKind, recognisedBy: String = "", year: FiscalYear? = nil, person: String = "",
        status: FileStatus, reason: String = "", modified: Date? = nil
    ) {
        self.path = path
        self.kind = kind
        self.recognisedBy = recognisedBy
        self.year = year
        self.person = person
        self.status = status
        self.reason = reason
        self.modified = modified
    }
}
