import Foundation

/// Replaces the sample folder as a whole, and only when it holds nothing but sample files.
///
/// The new sample is written into a staging folder beside the target; the target is then
/// swapped for it with two renames. No manifest is kept (a hidden file in `input/` would be
/// listed by the batch): a file counts as the sample's when the new sample has a file at the
/// same path. Anything else in the target — a real returned sheet, a note, a lock file —
/// makes the generator refuse and change nothing.
enum SampleFolder {
    /// What `replace` did.
    struct Replaced {
        /// Files of the new sample.
        var files: [String]
        /// Files the old folder had that the new sample has too (overwritten).
        var overwritten: Int
    }

    /// Writes the new sample with `write` (given the staging folder), then puts it in place of
    /// `target`. Throws `SampleError.foreignFiles` (nothing changed) when `target` holds files
    /// the new sample does not have; any error of `write` also leaves `target` as it was.
    static func replace(_ target: URL, write: (URL) throws -> Void) throws -> Replaced {
        let fm = FileManager.default
        let parent = target.standardizedFileURL.deletingLastPathComponent()
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent(".dxcert-sample-new-\(UUID().uuidString)")
        try fm.createDirectory(at: staging, withIntermediateDirectories: false)
        defer { try? fm.removeItem(at: staging) }

        try write(staging)
        let fresh = files(in: staging)
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: target.path, isDirectory: &isDirectory)
        guard exists else {
            try fm.moveItem(at: staging, to: target)
            return Replaced(files: fresh, overwritten: 0)
        }
        guard isDirectory.boolValue else {
            throw SampleError.foreignFiles(folder: target.path, files: ["（フォルダーではなくファイルです）"])
        }
        let old = files(in: target)
        let foreign = old.filter { !Set(fresh).contains($0) }
        guard foreign.isEmpty else { throw SampleError.foreignFiles(folder: target.path, files: foreign) }

        let retired = parent.appendingPathComponent(".dxcert-sample-old-\(UUID().uuidString)")
        try fm.moveItem(at: target, to: retired)
        do {
            try fm.moveItem(at: staging, to: target)
        } catch {
            try? fm.moveItem(at: retired, to: target)
            throw error
        }
        try? fm.removeItem(at: retired)
        return Replaced(files: fresh, overwritten: old.count)
    }

    /// Every file below `folder` (hidden ones included), as sorted relative paths.
    static func files(in folder: URL) -> [String] {
        let fm = FileManager.default
        let base = folder.standardizedFileURL.path
        let items = fm.enumerator(atPath: base)?.allObjects as? [String] ?? []
        return items.filter { item in
            var isDirectory: ObjCBool = false
            return fm.fileExists(atPath: base + "/" + item, isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted()
    }
}
