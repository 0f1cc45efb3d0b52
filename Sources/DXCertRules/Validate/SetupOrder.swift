import Foundation

/// Orders two setups of the same year by the workbook's own modified time, then by path.
enum SetupOrder {
    static func isNewer(_ a: IngestedFile, than b: IngestedFile) -> Bool {
        let (ma, mb) = (a.workbookModified ?? .distantPast, b.workbookModified ?? .distantPast)
        return ma != mb ? ma > mb : a.file.path > b.file.path
    }
}
