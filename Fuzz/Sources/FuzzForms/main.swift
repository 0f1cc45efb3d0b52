// libFuzzer target: the bytes are an .xlsx file dropped into an input folder and read the way
// the batch reads it — InputScanner, then Ingestor (classification and form parsing). The
// batch must never stop: any outcome is fine except a trap, a sanitizer report or a timeout.
import CFuzzerDriver
import DXCertIngest
import DXCertRules
import Foundation
import OOXMLReader

/// One private input folder per process, reused for every input.
private let folder: URL = {
    let dir = FileManager.default.temporaryDirectory
        .appendingPathComponent("dxcert-fuzz-forms-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.removeItem(at: dir)
    try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
}()

private let limits = ArchiveLimits(maxEntries: 2_000, maxPartBytes: 16 << 20, maxTotalBytes: 48 << 20)

/// One input (also exported under libFuzzer's usual name, for other drivers).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzForms(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    let file = folder.appendingPathComponent("評価.xlsx")
    do {
        try data.write(to: file)
    } catch {
        fatalError("cannot write the fuzz input: \(error)")
    }
    do {
        let files = try InputScanner.scan(folder)
        let diagnostics = Diagnostics()
        let results = Ingestor.ingest(files, diagnostics: diagnostics, limits: limits)
        var sink = results.count
        for r in results { sink &+= (r.excludedReason?.count ?? 0) &+ r.recognisedBy.count }
        for p in diagnostics.problems { sink &+= p.message.count &+ (p.detail?.count ?? 0) }
        blackHole(sink)
    } catch {
        fatalError("the input folder could not be scanned: \(error)")
    }
    return 0
}

@inline(never) func blackHole(_ x: Int) {
    if x == Int.min { print("") }
}

// The program's main: hand the command line (corpus folders, -max_total_time=…) to libFuzzer.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzForms))
