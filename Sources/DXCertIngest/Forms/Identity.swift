import DXCertRules
import Foundation
import OOXMLReader

/// The identity a generated workbook carries (see `FormLayout.Identity`): kind, version, year,
/// person, criteria and projects. Read from the hidden `_dxcert` sheet, else from the mirrored
/// custom document properties; nil for workbooks we did not generate.
public struct Identity: Sendable, Equatable {
    public var values: [String: String]
    /// Where it came from, for the 入力ファイル report.
    public var source: String

    public subscript(_ key: String) -> String? {
        values[key].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The kind of workbook it names.
    public var kind: WorkbookKind? {
        self[FormLayout.Identity.kind].flatMap { WorkbookKind(rawValue: $0) }
    }

    /// A comma-separated list value.
    public func list(_ key: String) -> [String] {
        (self[key] ?? "").split(separator: ",").map { TextNormalizer.normalize(String($0)) }.filter { !$0.isEmpty }
    }

    /// Reads the identity of `workbook`.
    package static func read(_ workbook: Workbook) throws -> Identity? {
        if let sheet = workbook.sheet(named: FormLayout.Identity.sheetName), sheet.kind == .worksheet {
            var values: [String: String] = [:]
            try workbook.forEachRow(in: sheet) { row in
                guard row.cells.count >= 1, row.cells[0].reference.column == 1 else { return }
                let key = TextNormalizer.normalize(row.cells[0].value.text)
                let value = row.cells.count > 1 ? row.cells[1].value.text : ""
                if !key.isEmpty { values[key] = value }
            }
            if values[FormLayout.Identity.markerKey] == FormLayout.Identity.markerValue {
                return Identity(values: values, source: "識別シート")
            }
        }
        let prefix = FormLayout.Identity.propertyPrefix
        let custom = workbook.properties.custom.filter { $0.key.hasPrefix(prefix) }
        if !custom.isEmpty {
            var values: [String: String] = [:]
            for (k, v) in custom { values[String(k.dropFirst(prefix.count))] = v }
            if values[FormLayout.Identity.markerKey] == FormLayout.Identity.markerValue {
                return Identity(values: values, source: "文書プロパティ")
            }
        }
        return nil
    }

    /// Where the identity and the visible sheet name different things (another year, judge,
    /// evaluator, leader or project): the sheet was copied from another one and filled in. The
    /// file must not silently move to what the hidden identity says, so each difference is an
    /// error at the visible cell and the file is not used. Nil values (a blank field) never conflict.
    static func conflicts(_ fields: [(what: String, identity: String?, visible: String?, cell: SourceLocation)]) -> [SheetNote] {
        fields.compactMap { f in
            guard let hidden = f.identity, let shown = f.visible, !hidden.isEmpty, !shown.isEmpty, key(hidden) != key(shown) else { return nil }
            return SheetNote(
                .error, f.cell,
                "シートの\(f.what)は「\(shown)」ですが、このファイルに埋め込まれた識別情報（配布時の情報）では「\(hidden)」です。"
                    + "別のシートを写して使った可能性があります",
                action: "このファイルは取り込みません。\(f.what)が正しい配布シートに記入し直すか、事務局に確認してください",
                excludesFile: true)
        }
    }

    /// Digits-only values compared as numbers (`123` typed over `00123` is the same ID).
    private static func key(_ s: String) -> String {
        guard s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return s }
        let trimmed = s.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }
}
