import Foundation

/// Visibility of a sheet as stored in `workbook.xml`.
public enum SheetState: String, Sendable, Equatable {
    case visible
    case hidden
    case veryHidden
}

/// The kind of a sheet, from its relationship type.
public enum SheetKind: String, Sendable, Equatable {
    case worksheet
    case chartsheet
    case dialogsheet
    case macrosheet
    case other
}

/// A sheet as listed in the workbook, in workbook order.
public struct SheetInfo: Sendable, Equatable {
    /// The tab name as written (Japanese, spaces and apostrophes kept).
    public let name: String
    public let state: SheetState
    public let kind: SheetKind
    /// The sheet's part path inside the package (empty when the relationship is missing).
    public let part: String
    /// Position in workbook order, from 0.
    public let index: Int
}

/// A defined name (`<definedName>`), e.g. a print area or a named cell.
public struct DefinedName: Sendable, Equatable {
    public let name: String
    /// The sheet index the name is local to, if any.
    public let localSheet: Int?
    public let formula: String
}

/// Reads `workbook.xml`: sheets in order, the date system, defined names.
final class WorkbookPartReader: XMLEventHandler {
    /// What the part says, kept by `PartCache` for workbooks that share the part.
    struct Parsed: Sendable {
        let rootElement: String?
        let date1904: Bool
        let sheets: [RawSheet]
        let definedNames: [(name: String, localSheet: Int?, formula: String)]
    }

    var parsed: Parsed {
        Parsed(rootElement: rootElement, date1904: date1904, sheets: sheets, definedNames: definedNames)
    }

    struct RawSheet: Sendable {
        let name: String
        let state: SheetState
        let relationshipID: String
    }

    private(set) var sheets: [RawSheet] = []
    private(set) var date1904 = false
    private(set) var definedNames: [(name: String, localSheet: Int?, formula: String)] = []
    private var inDefinedName: (name: String, localSheet: Int?)?
    private var text = TextBuffer()
    /// Local name of the root element (`workbook` for a spreadsheet).
    private(set) var rootElement: String?

    func startElement(_ name: XMLName, attributes: XMLAttributes) throws {
        if rootElement == nil { rootElement = name.string }
        if name.is("sheet") {
            let sheetName = attributes.value("name") ?? ""
            let state = SheetState(rawValue: attributes.value("state") ?? "visible") ?? .visible
            // r:id lives in the relationships namespace (Transitional or Strict URI, any prefix).
            let rid = attributes.value("id", namespaceSuffix: "/relationships") ?? attributes.value("id") ?? ""
            sheets.append(RawSheet(name: sheetName, state: state, relationshipID: rid))
        } else if name.is("workbookPr") {
            date1904 = XMLBool.parse(attributes.value("date1904")) ?? false
        } else if name.is("definedName") {
            inDefinedName = (attributes.value("name") ?? "", attributes.value("localSheetId").flatMap { Int($0) })
            text.reset()
        }
    }

    func endElement(_ name: XMLName) throws {
        if name.is("definedName"), let pending = inDefinedName {
            definedNames.append((pending.name, pending.localSheet, text.string))
            inDefinedName = nil
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        if inDefinedName != nil { try text.append(bytes) }
    }
}

/// `xsd:boolean` as OOXML writes it: `1`/`0`/`true`/`false`.
enum XMLBool {
    static func parse(_ value: String?) -> Bool? {
        switch value?.trimmingCharacters(in: .whitespaces).lowercased() {
        case "1", "true", "on": return true
        case "0", "false", "off": return false
        default: return nil
        }
    }
}
