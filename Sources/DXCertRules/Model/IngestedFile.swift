import Foundation

/// One input file after reading: its content and its line in the 入力ファイル report.
public struct IngestedFile: Sendable {
    public var file: InputFile
    public var kind: WorkbookKind
    public var recognisedBy: String
    public var content: ParsedContent
    /// Set when the file was not read or not used; the text goes to the report.
    public var excludedReason: String?
    /// Set for files skipped on purpose (lock files, hidden files): listed, not counted as a problem.
    public var skippedReason: String?
    /// The workbook's own modified time (docProps/core.xml), when it has one.
    public var workbookModified: Date?

    package init(
        file: InputFile, kind: WorkbookKind, recognisedBy: String, content: ParsedContent, excludedReason: String? = nil,
        skippedReason: String? = nil, workbookModified: Date? = nil
    ) {
        self.file = file
        self.kind = kind
        self.recognisedBy = recognisedBy
        self.content = content
        self.excludedReason = excludedReason
        self.skippedReason = skippedReason
        self.workbookModified = workbookModified
    }
}
