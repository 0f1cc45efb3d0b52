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
        var t = target.utf8.contains(UInt8(ascii: "\\")) ? target.replacingOccurrences(of: "\\", with: "/") : target
        if t.utf8.contains(UInt8(ascii: "%")), let decoded = t.removingPercentEncoding { t = decoded }
        let slash = UInt8(ascii: "/")
        var out: [UInt8] = []
        /// The length of `out` before each segment kept, for `..`.
        var starts: [Int] = []
        func add(_ segment: some Collection<UInt8>) {
            if segment.isEmpty || segment.elementsEqual(CollectionOfOne(UInt8(ascii: "."))) { return }
            if segment.count == 2, segment.allSatisfy({ $0 == UInt8(ascii: ".") }) {
                if let last = starts.popLast() { out.removeSubrange(last...) }
                return
            }
            starts.append(out.count)
            if !out.isEmpty { out.append(slash) }
            out.append(contentsOf: segment)
        }
        func addAll(_ path: some Collection<UInt8>) {
            var segment: [UInt8] = []
            for b in path {
                if b == slash {
                    add(segment)
                    segment.removeAll(keepingCapacity: true)
                } else {
                    segment.append(b)
                }
            }
            add(segment)
        }
        let bytes = t.utf8.prefix { $0 != UInt8(ascii: "#") }
        if bytes.first != slash { addAll(folder(of: sourcePart).utf8) }
        addAll(bytes)
        return String(decoding: out, as: UTF8.self)
    }
}
