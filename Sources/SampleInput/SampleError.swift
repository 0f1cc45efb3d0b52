/// Why the sample was not written.
enum SampleError: Error, CustomStringConvertible {
    /// The batch's decisions or figures differ from the story.
    case storyNotMet([String])
    /// `input/` holds files the generator did not make: nothing was replaced.
    case foreignFiles(folder: String, files: [String])

    var description: String {
        switch self {
        case .storyNotMet(let lines):
            return "サンプルの筋書きどおりの結果になりません（input/ は変更していません）:\n" + lines.map { "  " + $0 }.joined(separator: "\n")
        case .foreignFiles(let folder, let files):
            return "「\(folder)」にサンプル以外のファイルがあるため、置き換えませんでした。移動または削除してから実行してください:\n"
                + files.map { "  " + $0 }.joined(separator: "\n")
        }
    }
}
