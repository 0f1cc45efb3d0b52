import DXCertMessages
import Foundation

/// The one place where the command shows an error and decides its exit code. Every subcommand
/// lets its errors reach `DXCertCommand.main`, which calls this.
///
/// A `ClerkFacingError` (the reader's, the writer's and the domain's errors) prints its Japanese
/// message and, when it has one, its technical detail on its own line. Anything else is a bug:
/// it is reported as unexpected, with its description as the detail, never as a usage error.
enum ErrorReport {
    /// The exit code of a command stopped by `error` (README, コマンド): 2, a fatal error, for
    /// errors the clerk can act on and unexpected ones alike; nothing was replaced. Exit 1
    /// ("reports written, input problems listed") is not an error and is decided by `Finish`;
    /// usage errors are 2 too, from `DXCertCommand.exitForParseError`.
    static func exitCode(for error: Error) -> Int32 { 2 }

    /// `エラー: …` and, when there is one, the technical detail as `（詳細: …）`.
    static func text(for error: Error) -> String {
        if let error = error as? ClerkFacingError {
            return "エラー: \(error.clerkMessage)\n" + (error.technicalDetail.map { "（詳細: \($0)）\n" } ?? "")
        }
        return "エラー: 予期しないエラーが起きたため中止しました。前回の出力はそのまま残っています。"
            + "開発担当に次の詳細を伝えてください。\n（詳細: \(String(describing: error))）\n"
    }

    /// Prints `error` on standard error and exits with its code.
    static func exit(with error: Error) -> Never {
        StandardError.write(text(for: error))
        Foundation.exit(exitCode(for: error))
    }
}
