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
        var st = stat()
        guard stat(root.path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else {
            throw PipelineError.inputFolderMissing(root.path)
        }
        var out: [(InputFile, InputDisposition)] = []
        walk(root, relative: "", into: &out)
        return out.sorted { NaturalOrder.less($0.0.path, $1.0.path) }
    }

    /// Recursive `readdir` walk (FileManager's enumerator costs seconds on 20,000 files).
    /// Symbolic links are followed for files and folders alike; a folder is never entered twice.
    private static func walk(_ folder: URL, relative: String, into out: inout [(InputFile, InputDisposition)],
                             visited: inout Set<String>) {
        guard let dir = opendir(folder.path) else { return }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        for name in names {
            let url = folder.appendingPathComponent(name)
            let rel = relative.isEmpty ? name : relative + "/" + name
            var st = stat()
            guard stat(url.path, &st) == 0 else {
                out.append((InputFile(path: rel, url: url, size: 0, modified: nil), .excluded(reason: "ファイルを開けません（壊れたリンクなど）")))
                continue
            }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                if name.hasPrefix(".") {
                    out.append((InputFile(path: rel + "/", url: url, size: 0, modified: nil), .skipped(reason: "隠しフォルダーのため中を読みません")))
                    continue
                }
                let key = "\(st.st_dev):\(st.st_ino)"
                guard visited.insert(key).inserted else { continue }
                walk(url, relative: rel, into: &out, visited: &visited)
                continue
            }
            let modified = Date(timeIntervalSince1970: Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9)
            let file = InputFile(path: rel, url: url, size: Int64(st.st_size), modified: modified)
            out.append((file, disposition(name: name, isRegular: (st.st_mode & S_IFMT) == S_IFREG)))
        }
    }

    private static func walk(_ root: URL, relative: String, into out: inout [(InputFile, InputDisposition)]) {
        var visited = Set<String>()
        var st = stat()
        if stat(root.path, &st) == 0 { visited.insert("\(st.st_dev):\(st.st_ino)") }
        walk(root, relative: relative, into: &out, visited: &visited)
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

/// File-name order as people expect it: digit runs compare as numbers (`J2` before `J10`).
enum NaturalOrder {
    static func less(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        var i = 0, j = 0
        var zerosTie: Bool?  // `1` before `01`, decided only if nothing else differs
        while i < x.count && j < y.count {
            if isDigit(x[i]) && isDigit(y[j]) {
                var ei = i, ej = j
                while ei < x.count, isDigit(x[ei]) { ei += 1 }
                while ej < y.count, isDigit(y[ej]) { ej += 1 }
                let da = x[i..<ei].drop { $0 == "0" }, db = y[j..<ej].drop { $0 == "0" }
                if da.count != db.count { return da.count < db.count }
                for (p, q) in zip(da, db) where p != q { return p.value < q.value }
                if zerosTie == nil, (ei - i) != (ej - j) { zerosTie = (ei - i) < (ej - j) }
                i = ei
                j = ej
            } else {
                if x[i] != y[j] { return x[i].value < y[j].value }
                i += 1
                j += 1
            }
        }
        if x.count - i != y.count - j { return x.count - i < y.count - j }
        return zerosTie ?? false
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
}
