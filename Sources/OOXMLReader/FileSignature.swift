import Foundation

/// Tells what kind of container a file is before any unzipping, so each non-xlsx file gets
/// its own message: empty, password-protected (encrypted OOXML in a CFB container), legacy
/// binary `.xls` (CFB without an encrypted package), or not a spreadsheet at all.
enum FileSignature {
    private static let cfb: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    static func check(url: URL, displayName: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw ReaderError.unreadableFile(file: displayName, reason: "ファイルが見つかりません")
        }
        if isDirectory.boolValue { throw ReaderError.unreadableFile(file: displayName, reason: "フォルダーです") }
        guard let handle = try? FileHandle(forReadingFrom: url) else {
            throw ReaderError.unreadableFile(file: displayName, reason: "ファイルを開けません")
        }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 8)) ?? Data())
        if head.isEmpty { throw ReaderError.emptyFile(file: displayName) }
        if head.count >= 4, head[0] == 0x50, head[1] == 0x4B, head[2] == 0x03 || head[2] == 0x05 {
            return
        }
        if head == cfb {
            throw try containsEncryptedPackage(handle) ? ReaderError.passwordProtected(file: displayName)
                                                       : ReaderError.legacyBinaryWorkbook(file: displayName)
        }
        throw ReaderError.notXLSX(file: displayName)
    }

    /// An encrypted OOXML file is a CFB container with a stream named `EncryptedPackage`
    /// (ECMA-376 Part 2 / MS-OFFCRYPTO); its directory entry stores the name in UTF-16LE.
    private static func containsEncryptedPackage(_ handle: FileHandle) throws -> Bool {
        let needle = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        try handle.seek(toOffset: 0)
        var carry: [UInt8] = []
        var scanned = 0
        while scanned < 256 << 20, let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            let bytes = carry + [UInt8](chunk)
            if bytes.count >= needle.count {
                for i in 0...(bytes.count - needle.count) where bytes[i] == needle[0] {
                    if Array(bytes[i..<(i + needle.count)]) == needle { return true }
                }
            }
            carry = Array(bytes.suffix(needle.count - 1))
            scanned += chunk.count
        }
        return false
    }
}
