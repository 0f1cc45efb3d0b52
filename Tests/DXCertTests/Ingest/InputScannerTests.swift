import Foundation
import Testing

@testable import DXCertForms
@testable import DXCertIngest
@testable import DXCertMessages
@testable import DXCertPipeline
@testable import DXCertReports
@testable import DXCertRules

@Suite("Input folder walk")
struct InputScannerTests {
    @Test("files in any sub-folder, lock and hidden files skipped, others excluded, natural order")
    func walk() throws {
        let root = FixturePaths.tempDirectory("scan")
        defer { try? FileManager.default.removeItem(at: root) }
        let fm = FileManager.default
        for path in ["a/J10.xlsx", "a/J2.xlsx", "a/~$J2.xlsx", ".hidden/x.xlsx", "b/notes.txt", "b/old.xls", "c.XLSM", ".DS_Store"] {
            let url = root.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        try fm.createSymbolicLink(at: root.appendingPathComponent("loop"), withDestinationURL: root)
        let found = try InputScanner.scan(root)
        let byPath = Dictionary(uniqueKeysWithValues: found.map { ($0.0.path, $0.1) })
        #expect(byPath["a/J2.xlsx"] == .workbook)
        #expect(byPath["a/J10.xlsx"] == .workbook)
        #expect(byPath["c.XLSM"] == .workbook)
        if case .skipped? = byPath["a/~$J2.xlsx"] {} else { Issue.record("lock file must be skipped") }
        if case .skipped? = byPath[".hidden/"] {} else { Issue.record("hidden folder must be skipped") }
        if case .skipped? = byPath[".DS_Store"] {} else { Issue.record("hidden file must be skipped") }
        if case .excluded? = byPath["b/notes.txt"] {} else { Issue.record("text file must be excluded") }
        if case .excluded(let why)? = byPath["b/old.xls"] { #expect(why.contains(".xls")) } else { Issue.record(".xls must be excluded") }
        #expect(byPath[".hidden/x.xlsx"] == nil)
        #expect(!found.contains { $0.0.path.hasPrefix("loop/") }, "a link back to the root is not walked twice")
        let paths = found.map(\.0.path)
        #expect(paths.firstIndex(of: "a/J2.xlsx")! < paths.firstIndex(of: "a/J10.xlsx")!)
    }

    @Test func naturalOrder() {
        #expect(NaturalOrder.less("J2", "J10"))
        #expect(!NaturalOrder.less("J10", "J2"))
        #expect(NaturalOrder.less("a/b", "a/c"))
        #expect(NaturalOrder.less("P01", "P1a"))
        #expect(!NaturalOrder.less("x", "x"))
    }

    @Test("a missing input folder is a fatal error")
    func missing() {
        #expect(throws: PipelineError.inputFolderMissing("/no/such/folder")) {
            try InputScanner.scan(URL(fileURLWithPath: "/no/such/folder"))
        }
    }
}
