import Foundation
import TestSupport
import Testing

@testable import XLSXWriter

/// libxlsxwriter's own English `[ERROR]` lines never reach the terminal: they are captured
/// into the error's technical detail.
@Suite("Standard error capture around libxlsxwriter")
struct StandardErrorCaptureTests {
    @Test("what a call prints on stderr is returned, not shown; stderr works again afterwards")
    func captures() {
        let (value, printed) = StandardErrorCapture.run { () -> Int in
            let line = "[ERROR] workbook_close(): Error creating output xlsx file\n"
            _ = line.withCString { write(STDERR_FILENO, $0, strlen($0)) }
            return 7
        }
        #expect(value == 7)
        #expect(printed == "[ERROR] workbook_close(): Error creating output xlsx file")
        let (_, nothing) = StandardErrorCapture.run { () }
        #expect(nothing.isEmpty)
    }

    @Test("a failing close keeps libxlsxwriter's text out of stderr and in the error's description")
    func failingCloseIsQuiet() throws {
        let folder = try ScratchFolder("stderr").url
        let workbook = try XLSXWorkbook(path: folder.appendingPathComponent("out.xlsx").path)
        _ = try workbook.addWorksheet(name: "シート1")
        // The folder disappears before the close: libxlsxwriter cannot create its file.
        try FileManager.default.removeItem(at: folder)
        var thrown: WriterError?
        let (_, leaked) = StandardErrorCapture.run { () in
            do { try workbook.close() } catch let error as WriterError { thrown = error } catch {}
        }
        let error = try #require(thrown)
        #expect(leaked.isEmpty, "printed to stderr: \(leaked)")
        #expect(error.description.contains("workbook_close"))
    }
}
