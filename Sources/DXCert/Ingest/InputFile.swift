import Foundation

/// A file found under the input folder.
public struct InputFile: Sendable, Equatable {
    /// Path relative to the input folder, `/`-separated (what every report shows).
    public var path: String
    public var url: URL
    public var size: Int64
    /// The file system's modification time.
    public var modified: Date?
}

/// What the folder walk decided about a file before reading it.
public enum InputDisposition: Sendable, Equatable {
    /// A workbook to read.
    case workbook
    /// Skipped on purpose, with a note (Excel lock files `~$…`, hidden files).
    case skipped(reason: String)
    /// Not a workbook we read (listed as 除外 with the reason).
    case excluded(reason: String)
}

/// Walks the input folder recursively, in a stable (sorted) order. Never changes anything.
public enum InputScanner {
    public static func scan(_ root: URL) throws -> [(InputFile, InputDisposition)] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: root.path, isDirectory: &isDir), isDir.boolValue else {
            throw PipelineError.inputFolderMissing(root.path)
        }
        let base = root.standardizedFileURL.resolvingSymlinksInPath().path
        var out: [(InputFile, InputDisposition)] = []
        guard let walker = fm.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey, .fileSizeKey,
                                                                               .contentModificationDateKey],
                                         options: []) else { return [] }
        for case let url as URL in walker {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isDirectoryKey, .fileSizeKey, .contentModificationDateKey])
            let full = url.standardizedFileURL.resolvingSymlinksInPath().path
            var rel = full.hasPrefix(base) ? String(full.dropFirst(base.count)) : url.lastPathComponent
            while rel.hasPrefix("/") { rel.removeFirst() }
            let name = url.lastPathComponent
            if values?.isDirectory == true {
                if name.hasPrefix(".") {
                    walker.skipDescendants()
                    let file = InputFile(path: rel + "/", url: url, size: 0, modified: nil)
                    out.append((file, .skipped(reason: "隠しフォルダーのため中を読みません")))
                }
                continue
            }
            let file = InputFile(path: rel, url: url, size: Int64(values?.fileSize ?? 0), modified: values?.contentModificationDate)
            out.append((file, disposition(name: name, isRegular: values?.isRegularFile ?? false)))
        }
        return out.sorted { $0.0.path.compare($1.0.path, options: [.numeric]) == .orderedAscending }
    }

    static func disposition(name: String, isRegular: Bool) -> InputDisposition {
        let lower = name.lowercased()
        if name.hasPrefix("~$") { return .skipped(reason: "Excelが作業中に作る一時ファイル（~$）のため読みません") }
        if name.hasPrefix(".") { return .skipped(reason: "隠しファイルのため読みません") }
        if !isRegular { return .excluded(reason: "通常のファイルではありません") }
        if lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm") { return .workbook }
        if lower.hasSuffix(".xls") {
            return .excluded(reason: "旧形式のExcelファイル（.xls）は読めません。Excelで開き「Excel ブック (*.xlsx)」で保存し直してください")
        }
        if lower.hasSuffix(".ods") {
            return .excluded(reason: "LibreOfficeの形式（.ods）は読めません。「Excel 2007-365 (.xlsx)」形式で保存し直してください")
        }
        if lower.hasSuffix(".csv") {
            return .excluded(reason: "CSVファイルは読めません。配布した .xlsx のシートに入力してください")
        }
        return .excluded(reason: "Excelブック（.xlsx / .xlsm）ではないため対象外です")
    }
}

/// Fatal errors of a run (exit code 2).
public enum PipelineError: Error, Equatable, Sendable {
    /// The input folder does not exist.
    case inputFolderMissing(String)
    /// The output folder cannot be created or written.
    case outputNotWritable(path: String, reason: String)
    /// No 年度設定 was found for the requested year.
    case noYearSetup
    /// The requested year has no setup.
    case yearNotFound(FiscalYear)
    /// Writing a report failed.
    case reportFailed(path: String, reason: String)

    /// Japanese message for the terminal.
    public var message: String {
        switch self {
        case .inputFolderMissing(let p): return "入力フォルダー「\(p)」がありません。"
        case .outputNotWritable(let p, let r): return "出力先「\(p)」に書き込めません（\(r)）。前回の出力はそのまま残っています。"
        case .noYearSetup: return "年度設定のファイルが入力フォルダーにありません。年度設定.xlsx を入力フォルダーに入れてください。"
        case .yearNotFound(let y): return "\(y.label)の年度設定が入力フォルダーにありません。"
        case .reportFailed(let p, let r): return "「\(p)」を作成できませんでした（\(r)）。前回の出力はそのまま残っています。"
        }
    }
}
