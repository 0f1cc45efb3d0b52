import DXCertIngest
import DXCertRules
import Foundation
import OOXMLReader

/// A year setup read for `dxcert sheets`: the setup (when a year could be read) and every
/// problem found, in the order the clerk reads them (sheet, then cell).
public struct SetupCheck: Sendable {
    /// The setup; nil when the file is not a year setup or has no readable year.
    public var setup: YearSetup?
    /// Every problem, errors first within a cell.
    public var problems: [Problem]

    /// True when anything stops the sheets from being made (nothing is written then).
    public var hasErrors: Bool { setup == nil || problems.contains { $0.severity == .error } }
}

/// Reads and checks the 年度設定 workbook that distribution sheets are made from.
public enum SetupLoader {
    /// Reads `url`: classifies it, parses it with `YearSetupParser`, then checks it with
    /// the rules the sheets need (`SetupValidator`). `displayName` names the file in problems.
    ///
    /// - Throws: `ReaderError` when the file cannot be read as a workbook at all.
    public static func load(_ url: URL, displayName: String? = nil) throws -> SetupCheck {
        let name = displayName ?? url.lastPathComponent
        let diagnostics = Diagnostics()
        let workbook = try Workbook(url: url, displayName: name)
        let identity = try Identity.read(workbook)
        let kind = try WorkbookClassifier.classify(workbook, identity: identity).kind
        guard kind == .yearSetup else {
            let what = kind == .unknown ? "DX人材認定のブックではありません" : "「\(kind.rawValue)」のブックです"
            diagnostics.report(
                .error, SourceLocation(file: name), "年度設定のブックではありません（\(what)）",
                action: "年度設定（templates/年度設定.xlsx に記入したもの）を指定してください")
            return SetupCheck(setup: nil, problems: diagnostics.problems)
        }
        guard let setup = try YearSetupParser.parse(workbook, file: name, diagnostics: diagnostics) else {
            return SetupCheck(setup: nil, problems: diagnostics.problems)
        }
        try SetupValidator.validate(setup, workbook: workbook, file: name, diagnostics: diagnostics)
        return SetupCheck(setup: setup, problems: diagnostics.problems)
    }
}
