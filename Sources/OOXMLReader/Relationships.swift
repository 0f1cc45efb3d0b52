import Foundation

/// One relationship of a `.rels` part.
struct Relationship: Equatable {
    let id: String
    /// The full type URI; matched by suffix, so Transitional and Strict URIs both work.
    let type: String
    /// The target resolved to a package path (no leading `/`), or the raw target when external.
    let target: String
    let isExternal: Bool

    /// True when the type URI ends with `/suffix` (e.g. `officeDocument`, `worksheet`).
    func hasType(_ suffix: String) -> Bool {
        type.hasSuffix("/" + suffix)
    }
}

/// Reads a relationships part (`_rels/.rels`, `xl/_rels/workbook.xml.rels`).
final class RelationshipsReader: XMLEventHandler {
    private(set) var relationships: [Relationship] = []
    private let sourcePart: String

    /// `sourcePart` is the part the relationships belong to (`""` for the package itself).
    init(sourcePart: String) {
        self.sourcePart = sourcePart
    }

    /// The `.rels` path belonging to a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`.
    static func relsPath(for part: String) -> String {
        guard !part.isEmpty else { return "_rels/.rels" }
        let folder = PartPath.folder(of: part)
        let name = PartPath.fileName(of: part)
        return (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
    }

    /// Reads the relationships of `part`; a missing `.rels` part gives none.
    static func read(for part: String, in archive: ZipArchive) throws -> [Relationship] {
        guard let entry = archive.entry(relsPath(for: part)) else { return [] }
        let reader = RelationshipsReader(sourcePart: part)
        try XMLStream.parse(entry, in: archive, handler: reader)
        return reader.relationships
    }

    func startElement(_ name: XMLName, attributes: XMLAttributes) throws {
        guard name.is("Relationship") else { return }
        let id = attributes.value("Id") ?? ""
        let type = attributes.value("Type") ?? ""
        let rawTarget = attributes.value("Target") ?? ""
        let external = attributes.value("TargetMode")?.lowercased() == "external"
        let target = external ? rawTarget : PartPath.resolve(rawTarget, relativeTo: sourcePart)
        relationships.append(Relationship(id: id, type: type, target: target, isExternal: external))
    }

    func endElement(_ name: XMLName) throws {}
    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {}
}

/// Package part paths: `/`-separated, no leading `/`.
enum PartPath {
    static func folder(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[..<slash])
    }

    static func fileName(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return part }
        return String(part[part.index(after: slash)...])
    }

    /// Resolves a relationship target against the part that holds the relationship.
    ///
    /// Absolute targets (`/xl/worksheets/sheet1.xml`) start at the package root; relative ones
    /// start at the source part's folder; `.` and `..` segments are applied; `\` counts as `/`;
    /// percent escapes are decoded.
    static func resolve(_ target: String, relativeTo sourcePart: String) -> String {
        var t = target.utf8.contains(UInt8(ascii: "\\")) ? target.replacingOccurrences(of: "\\", with: "/") : target
        if t.utf8.contains(UInt8(ascii: "%")), let decoded = t.removingPercentEncoding { t = decoded }
        if let hash = t.firstIndex(of: "#") { t = String(t[..<hash]) }
        var segments: [Substring]
        if t.hasPrefix("/") {
            segments = []
        } else {
            let base = folder(of: sourcePart)
            segments = base.isEmpty ? [] : base.split(separator: "/")
        }
        for segment in t.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }
}
