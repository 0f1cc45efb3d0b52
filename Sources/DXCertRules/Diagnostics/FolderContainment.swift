import Foundation

/// "Is this folder the input folder or inside it?" — the one check behind "never write into
/// `input/`", used by `run` (reports) and `sheets` (distributed sheets) alike.
public enum FolderContainment {
    /// True when `folder` is `input` or lies inside it (symbolic links resolved as far as the
    /// folders exist).
    public static func isInside(_ folder: URL, _ input: URL) -> Bool {
        let a = resolved(folder).pathComponents
        let b = resolved(input).pathComponents
        return a.count >= b.count && Array(a.prefix(b.count)) == b
    }

    /// The path with symbolic links resolved in its longest existing prefix.
    private static func resolved(_ url: URL) -> URL {
        var existing = url.standardizedFileURL
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.pathComponents.count > 1 {
            rest.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        var out = existing.resolvingSymlinksInPath()
        for part in rest { out.appendPathComponent(part) }
        return out.standardizedFileURL
    }
}
