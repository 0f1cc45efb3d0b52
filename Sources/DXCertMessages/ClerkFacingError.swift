/// An error that can be shown to a clerk: a Japanese sentence saying what is wrong, where, and
/// what to do, and the technical line that goes with it.
///
/// The libraries (`OOXMLReader`, `XLSXWriter`) speak English and carry their facts as values,
/// like GRDB's `DatabaseError`; the words a municipal clerk reads are the application's. This
/// protocol is the one place where the two meet: the reader's and the writer's errors and the
/// run's `PipelineError` conform to it in this target, `TemplateError` and `InputFileError`
/// beside their types (DXCertForms, DXCertIngest); everything that shows an error (the 入力チェック
/// sheet, `--json`, the command line and its exit code) asks only for these two properties.
public protocol ClerkFacingError: Error {
    /// What is wrong, where (file, sheet, cell) and what to do, in Japanese.
    var clerkMessage: String { get }
    /// What a developer needs to see the cause (a library's own text, an errno), shown after
    /// the message as 詳細; nil when the message says everything.
    var technicalDetail: String? { get }
}
