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
    static func read(_ workbook: Workbook) throws -> Identity? {
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
}
