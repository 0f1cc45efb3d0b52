import DXCertIngest
import DXCertMessages
import DXCertRules
import Foundation

/// Writes the blank templates that live in `templates/` (`dxcert templates`).
///
/// The output depends on nothing but the code (fixed creation time, fixed defaults), so the
/// committed files can be compared with freshly generated ones.
public enum TemplateWriter {
    /// The templates, in the order they are written: file name and what it is.
    public static let files: [(name: String, description: String)] = [
        ("年度設定.xlsx", "年度設定（プロジェクト・参加者・審査員・評価項目・認定基準・目標）"),
        ("報告会評価シート.xlsx", "報告会評価シート（空欄の様式）"),
        ("リーダー評価シート.xlsx", "リーダー評価シート（空欄の様式）"),
        ("既認定者名簿.xlsx", "既認定者名簿"),
    ]

    /// Writes every template into `folder` (created if missing) and returns the files written.
    /// - Throws: `TemplateError`.
    @discardableResult
    public static func writeAll(to folder: URL) throws -> [URL] {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw TemplateError.fileSystem(path: folder.path, message: "フォルダーを作成できません（\(ErrnoText.japanese(error, .writing))）")
        }
        let urls = files.map { folder.appendingPathComponent($0.name) }
        try YearSetupTemplate.write(to: urls[0])
        try MeetingSheetTemplate.writeBlank(to: urls[1])
        try LeaderSheetTemplate.writeBlank(to: urls[2])
        try PriorRegisterTemplate.write(to: urls[3])
        return urls
    }
}
