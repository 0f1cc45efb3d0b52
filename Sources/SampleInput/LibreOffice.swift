import Foundation

/// Re-saves one sheet with LibreOffice Calc (`soffice --headless --convert-to xlsx`), as a judge
/// who fills sheets in LibreOffice would send it back. LibreOffice writes its own timestamps,
/// so this is the one file of the sample that differs from run to run.
enum LibreOffice {
    /// A private profile: the conversion must not touch the user's LibreOffice settings.
    static let profile = "file:///tmp/lo-sample"
    static let timeout: TimeInterval = 180

    /// Replaces `file` by its LibreOffice re-save. Without LibreOffice (or when it fails), the
    /// previously committed re-save at `previous/relativePath` is used instead, else the file is
    /// left as dxcert wrote it. Returns a note for the person running the generator, nil when
    /// LibreOffice did the work.
    static func resave(_ file: URL, relativePath: String, previous: URL) -> String? {
        let failure: String
        if let soffice = executable("soffice") {
            switch convert(file, soffice: soffice) {
            case .success(let converted):
                defer { try? FileManager.default.removeItem(at: converted.deletingLastPathComponent()) }
                do {
                    try put(converted, at: file)
                    return nil
                } catch {
                    failure = "LibreOffice で保存し直したファイルを置けませんでした（\(error.localizedDescription)）"
                }
            case .failure(let message):
                failure = "LibreOffice での保存に失敗しました（\(message)）"
            }
        } else {
            failure = "LibreOffice（soffice）が見つかりません"
        }
        let committed = previous.appendingPathComponent(relativePath)
        if FileManager.default.fileExists(atPath: committed.path), let staged = try? copy(committed) {
            defer { try? FileManager.default.removeItem(at: staged.deletingLastPathComponent()) }
            if (try? put(staged, at: file)) != nil {
                return "\(failure)。前回作成した LibreOffice 保存版「\(relativePath)」をそのまま使いました"
            }
        }
        return "\(failure)。前回の LibreOffice 保存版もないため、「\(relativePath)」は dxcert が書いたままです（LibreOffice を入れて作り直してください）"
    }

    private enum Outcome {
        case success(URL)
        case failure(String)
    }

    private static func convert(_ file: URL, soffice: String) -> Outcome {
        let outdir = FileManager.default.temporaryDirectory.appendingPathComponent("dxcert-sample-lo-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: outdir, withIntermediateDirectories: true)
        } catch {
            return .failure(error.localizedDescription)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["--headless", "-env:UserInstallation=\(profile)", "--convert-to", "xlsx", "--outdir", outdir.path, file.path]
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        func failed(_ message: String) -> Outcome {
            try? FileManager.default.removeItem(at: outdir)
            return .failure(message)
        }
        do {
            try process.run()
        } catch {
            return failed(error.localizedDescription)
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.2) }
        if process.isRunning {
            process.terminate()
            return failed("\(Int(timeout))秒たっても終わりません")
        }
        let converted = outdir.appendingPathComponent(file.lastPathComponent)
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: converted.path) else {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            return failed("終了コード \(process.terminationStatus) \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return .success(converted)
    }

    /// Puts `source` in place of `file`.
    private static func put(_ source: URL, at file: URL) throws {
        try FileManager.default.removeItem(at: file)
        try FileManager.default.copyItem(at: source, to: file)
    }

    /// A copy of `file` in a temporary folder (read before the folder it is in is replaced).
    private static func copy(_ file: URL) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxcert-sample-lo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let target = folder.appendingPathComponent(file.lastPathComponent)
        try FileManager.default.copyItem(at: file, to: target)
        return target
    }

    /// The full path of `name` on `PATH`, if it is there.
    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
