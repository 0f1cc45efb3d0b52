import Foundation

/// One relationship of a `.rels` part.
struct Relationship: Equatable, Sendable {
    let id: String
    /// The full type URI; matched by suffix, so Transitional and Strict URIs both work.
    let type: String
    /// The target resolved to a package path (no leading `/`), or the raw target when external.
    let target: String
    let isExternal: Bool

    /// True when the type URI ends with `/suffix` (e.g. `officeDocument`, `worksheet`).
    func hasType(_ suffix: String) -> Bool {
        // Bytes, not Characters: the URIs are ASCII, and this runs for every part of every file.
        let t = type.utf8
        let s = suffix.utf8
        guard t.count > s.count else { return false }
        let start = t.index(t.endIndex, offsetBy: -s.count)
        return t[t.index(before: start)] == UInt8(ascii: "/") && t[start...].elementsEqual(s)
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
        // Targets are resolved against `part` (its case too): the cache key holds it.
        return try archive.parsedOnce(.relationships, entry, context: part) {
            let reader = RelationshipsReader(sourcePart: part)
            try XMLStream.parse(entry, in: archive, handler: reader)
            return reader.relationships
        }
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

/// Package part paths: `/`-separated, no leading `/`. Worked on as UTF-8 bytes (a `/` byte is
/// always the character `/`): Character-based splitting cost ~17,000 instructions per relationship.
enum PartPath {
    static func folder(of part: String) -> String {
        guard let slash = part.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(part[..<slash])
    }

    static func fileName(of part: String) -> String {
        guard let slash = part.utf8.lastIndex(of: UInt8(ascii: "/")) else { return part }
        return String(part[part.utf8.index(after: slash)...])
    }

    /// Resolves a relationship target against the part that holds the relationship.
    ///
    /// Absolute targets (`/xl/worksheets/sheet1.xml`) start at the package root; relative ones
    /// start at the source part's folder; `.` and `..` segments are applied; `\` counts as `/`;
    /// percent escapes are decoded; a `#fragment` is dropped.
    static func resolve(_ target: String, relativeTo sourcePart: String) -> String {
        var t = UTF8Search.contains(target, UInt8(ascii: "\\")) ? target.replacingOccurrences(of: "\\", with: "/") : target
        if UTF8Search.contains(t, UInt8(ascii: "%")), let decoded = t.removingPercentEncoding { t = decoded }
        let slash = UInt8(ascii: "/")
        let dot = UInt8(ascii: ".")
        var path: [UInt8] = []
        if t.utf8.first != slash {
            path.append(contentsOf: folder(of: sourcePart).utf8)
            path.append(slash)
        }
        for b in t.utf8 {
            if b == UInt8(ascii: "#") { break }
            path.append(b)
        }
        // Segments between slashes: empty and `.` dropped, `..` takes back the last one kept.
        var out: [UInt8] = []
        out.reserveCapacity(path.count)
        var kept: [Int] = []  // the length of `out` before each segment kept
        var start = 0
        while start <= path.count {
            var end = start
            while end < path.count, path[end] != slash { end += 1 }
            let length = end - start
            if length == 1, path[start] == dot {
                // `.`
            } else if length == 2, path[start] == dot, path[start + 1] == dot {
                if let last = kept.popLast() { out.removeSubrange(last...) }
            } else if length > 0 {
                kept.append(out.count)
                if !out.isEmpty { out.append(slash) }
                out.append(contentsOf: path[start..<end])
            }
            start = end + 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
