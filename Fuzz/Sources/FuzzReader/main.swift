// libFuzzer target: the bytes are an .xlsx file; open it from memory and read everything the
// reader offers. Any ReaderError is a correct outcome; a trap, a sanitizer report, a timeout
// or any other error type is a bug.
import CFuzzerDriver
import Foundation
import OOXMLReader

/// Caps well under the defaults so one input cannot spend seconds inflating a bomb.
private let limits = ArchiveLimits(maxEntries: 2_000, maxPartBytes: 16 << 20, maxTotalBytes: 48 << 20)

/// One input (also exported under libFuzzer's usual name, for other drivers).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReader(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    do {
        let workbook = try Workbook(data: data, displayName: "fuzz.xlsx", limits: limits)
        var sink = 0
        let p = workbook.properties
        sink &+= (p.title?.count ?? 0) &+ (p.creator?.count ?? 0) &+ (p.lastModifiedBy?.count ?? 0) &+ p.custom.count
        if let modified = p.modifiedDate { sink &+= Int(modified.timeIntervalSince1970.isFinite ? 1 : 0) }
        for name in workbook.definedNames { sink &+= name.name.count &+ name.formula.count &+ (name.localSheet ?? 0) }
        for sheet in workbook.sheets { sink &+= sheet.name.count &+ sheet.index }
        for (i, _) in workbook.styles.formatIDs.enumerated().prefix(64) {
            sink &+= workbook.styles.formatCode(styleIndex: i)?.count ?? 0
            sink &+= workbook.styles.isDateTime(styleIndex: i) ? 1 : 0
        }
        for sheet in workbook.worksheets {
            // Rows as streamed (uncached formulas too), then row-major cells as inspect prints them.
            let summary = try workbook.forEachRow(in: sheet) { row in
                sink &+= row.index &+ row.cells.count &+ row.uncachedFormulas.count
            }
            for range in summary.mergedRanges { sink &+= range.description.count }
            try workbook.forEachCellRowMajor(in: sheet) { cell in
                sink &+= InspectFormatter.line(sheet: sheet.name, cell: cell).utf8.count
                sink &+= cell.value.text.count
                if case .date(let d) = cell.value { sink &+= Int(d.serial1900.isFinite ? 1 : 0) }
            }
        }
        blackHole(sink)
    } catch let error as ReaderError {
        blackHole(error.description.count &+ (error.detail?.count ?? 0) &+ error.file.count)
    } catch {
        fatalError("not a ReaderError: \(type(of: error)) \(error)")
    }
    return 0
}

@inline(never) func blackHole(_ x: Int) {
    if x == Int.min { print("") }
}

// The program's main: hand the command line (corpus folders, -max_total_time=…) to libFuzzer.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzReader))
