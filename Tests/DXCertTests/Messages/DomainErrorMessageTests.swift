import DXCertForms
import DXCertIngest
import DXCertMessages
import DXCertPipeline
import DXCertReports
import DXCertRules
import Foundation
import Testing

@Suite("The domain's errors speak to the clerk through ClerkFacingError")
struct DomainErrorMessageTests {
    @Test("pipeline errors: the message, and the detail on its own")
    func pipeline() {
        let ledger = PipelineError.previousLedgerUnusable(path: "output/認定台帳.xlsx", reason: "ファイルが壊れています", detail: "errno 5")
        #expect(
            ledger.clerkMessage == "前回の認定台帳「output/認定台帳.xlsx」を使えません（ファイルが壊れています）。このまま判定すると前回までの認定が失われるため、中止しました。"
                + "バックアップから元の認定台帳を戻して実行し直すか、前回までの認定を引き継がない場合は --ignore-previous-ledger を付けて実行してください。")
        #expect(ledger.technicalDetail == "errno 5")
        #expect(PipelineError.inputFolderMissing("input").clerkMessage == "入力フォルダー「input」がありません。")
        #expect(PipelineError.inputFolderMissing("input").technicalDetail == nil)
        #expect(PipelineError.reportFailed(path: "a.xlsx", reason: "r").clerkMessage == "「a.xlsx」を作成できませんでした（r）。前回の出力はそのまま残っています。")
    }

    @Test("template errors and a file that cannot be opened")
    func templatesAndInput() {
        #expect(
            TemplateError.fileSystem(path: "t", message: "フォルダーを作成できません（書き込みの権限がありません）").clerkMessage
                == "「t」を扱えませんでした：フォルダーを作成できません（書き込みの権限がありません）")
        #expect(TemplateError.nothingToWrite(path: "t", detail: "x").technicalDetail == nil)
        let open = InputFileError.cannotOpen(errno: EACCES)
        #expect(open.clerkMessage == "ファイルを開けません（読み取り権限がありません）")
        #expect(open.technicalDetail == "errno \(EACCES): \(String(cString: strerror(EACCES)))")
    }
}
