import DXCertForms
import DXCertIngest
import DXCertMessages
import DXCertPipeline
import DXCertReports
import DXCertRules
import Foundation
import Testing

@Suite("ErrnoText: the one Japanese errno table")
struct ErrnoTextTests {
    @Test("the same errno reads differently when reading and when writing")
    func operations() {
        #expect(ErrnoText.japanese(EACCES, .reading) == "読み取り権限がありません")
        #expect(ErrnoText.japanese(EACCES, .writing) == "書き込みの権限がありません")
        #expect(ErrnoText.japanese(ENOENT, .writing) == "保存先のフォルダーが見つかりません")
        #expect(ErrnoText.japanese(ENOSPC, .writing) == "ディスクの空き容量が足りません")
        #expect(ErrnoText.phrase(EPROTO, .reading) == nil)
        #expect(ErrnoText.japanese(EPROTO, .reading) == "システムエラー（番号 \(EPROTO)）")
    }

    @Test("Foundation's errors: their POSIX cause in Japanese, the English in technical")
    func foundationErrors() {
        let noPermission = CocoaError(.fileWriteNoPermission)
        #expect(ErrnoText.japanese(noPermission, .writing) == "書き込みの権限がありません")
        #expect(ErrnoText.technical(noPermission) == "errno \(EACCES): \(String(cString: strerror(EACCES)))")
        let posix = NSError(domain: NSPOSIXErrorDomain, code: Int(EROFS))
        #expect(ErrnoText.japanese(posix, .writing) == "書き込みが禁止された場所です（読み取り専用）")
        struct Other: Error {}
        #expect(ErrnoText.japanese(Other(), .writing) == "システムエラー")
    }
}
