import DXCertIngest
import DXCertRules
import Foundation
import XLSXWriter

/// The identity of one generated workbook: ordered key/value pairs (see `FormLayout.Identity`).
struct IdentityRecord: Sendable, Equatable {
    typealias Key = FormLayout.Identity

    private(set) var entries: [(key: String, value: String)]

    /// The marker, kind and template version; add the person and year with `add`.
    init(kind: WorkbookKind) {
        entries = [(Key.markerKey, Key.markerValue), (Key.kind, kind.rawValue), (Key.version, String(FormLayout.version))]
    }

    mutating func add(_ key: String, _ value: String) {
        entries.append((key, value))
    }

    /// A comma-separated list, the form `Identity.list` reads.
    mutating func add(_ key: String, list: [String]) {
        add(key, list.joined(separator: ","))
    }

    static func == (l: IdentityRecord, r: IdentityRecord) -> Bool {
        l.entries.map(\.key) == r.entries.map(\.key) && l.entries.map(\.value) == r.entries.map(\.value)
    }
}

/// Writes an identity twice, so that it survives what judges and other programs do to a file:
/// a hidden, protected sheet `_dxcert` (A: key, B: value; kept by Excel, LibreOffice and
/// openpyxl) and custom document properties `dxcert_<key>` (kept when a sheet is deleted or a
/// workbook's sheets are copied into a new file by hand… as long as the file itself is kept).
///
/// libxlsxwriter 1.1.4 cannot protect the workbook structure, so a determined user can still
/// unhide the sheet; the sheet is protected so that it cannot be edited by accident.
enum IdentityWriter {
    /// Adds the identity sheet (call after the visible sheets so it sits last) and properties.
    static func write(_ record: IdentityRecord, to workbook: XLSXWorkbook, password: String?) throws {
        let sheet = try workbook.addWorksheet(name: FormLayout.Identity.sheetName)
        try sheet.setColumn(0, width: 24)
        try sheet.setColumn(1, width: 40)
        for (row, entry) in record.entries.enumerated() {
            try sheet.write(entry.key, at: CellAddress(row: row, column: 0), style: FormStyles.value)
            // An empty value stays an empty cell: `Identity` reads a missing B as "".
            if !entry.value.isEmpty, entry.value.utf16.count <= FormLimits.cellText {
                try sheet.write(entry.value, at: CellAddress(row: row, column: 1), style: FormStyles.value)
            }
        }
        // Row 1 always has a value in B, so this note can never be read as another key's value.
        try sheet.write(
            "このシートは dxcert が配布シートを見分けるために使います。変更・削除しないでください。",
            at: CellAddress(row: 0, column: 3))
        try sheet.protect(password: password, options: SheetProtection())
        try sheet.hide()

        for entry in record.entries where !entry.value.isEmpty {
            // Custom properties hold at most 255 characters; a longer list (thousands of
            // projects) lives in the sheet only. The batch never needs the lists to read a file.
            guard entry.value.utf16.count <= FormLimits.customProperty else { continue }
            try workbook.setCustomProperty(FormLayout.Identity.propertyPrefix + entry.key, .text(entry.value))
        }
    }
}
