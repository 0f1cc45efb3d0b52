import Foundation

/// Tells what kind of container a file is before any unzipping, so each non-xlsx file gets
/// its own message: empty, password-protected (encrypted OOXML in a CFB container), legacy
/// binary `.xls` (CFB without an encrypted package), or not a spreadsheet at all.
enum FileSignature {
    private static let cfb: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    static func check(_ source: ByteSource) throws {
        let displayName = source.displayName
        var head = [UInt8](repeating: 0, count: 8)
        let got = try source.read(into: &head, at: 0, count: 8)
        head.removeLast(8 - got)
        if head.isEmpty { throw ReaderError.emptyFile(file: displayName) }
        if head.count >= 4, head[0] == 0x50, head[1] == 0x4B, head[2] == 0x03 || head[2] == 0x05 {
            return
        }
        if head == cfb {
            throw try containsEncryptedPackage(source)
                ? ReaderError.passwordProtected(file: displayName)
                : ReaderError.legacyBinaryWorkbook(file: displayName)
        }
        throw ReaderError.notXLSX(file: displayName)
    }

    /// An encrypted OOXML file is a CFB container with a stream named `EncryptedPackage`
    /// (ECMA-376 Part 2 / MS-OFFCRYPTO); its directory entry stores the name in UTF-16LE.
    private static func containsEncryptedPackage(_ source: ByteSource) throws -> Bool {
        let needle = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let chunkSize = 1 << 20
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var carry: [UInt8] = []
        var offset: Int64 = 0
        while offset < min(source.size, 256 << 20) {
            let n = try source.read(into: &chunk, at: offset, count: chunkSize)
            if n == 0 { break }
            let bytes = carry + chunk[0..<n]
            if bytes.count >= needle.count {
                for i in 0...(bytes.count - needle.count) where bytes[i] == needle[0] {
                    if bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
                }
            }
            carry = Array(bytes.suffix(needle.count - 1))
            offset += Int64(n)
        }
        return false
    }
}
