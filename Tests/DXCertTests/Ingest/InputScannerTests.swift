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
        #expect(NaturalOrder.less("P0129_1", "P0129_01"))  // equal numbers: fewer leading zeros first
        #expect(NaturalOrder.less("評価/P9", "評価/P10"))  // a run that starts inside the shared beginning
        #expect(NaturalOrder.less("P10", "P010x"))
    }

    /// The order before the shared beginning was skipped, kept here as the oracle.
    private static func referenceLess(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Bool {
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
        var i = 0, j = 0
        var zerosTie: Bool?
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

    @Test("natural order agrees with the plain algorithm on 20,000 random pairs of similar names")
    func naturalOrderAgrees() {
        var rng = SplitMix64(seed: 20_261_128)
        let alphabet: [Unicode.Scalar] = ["0", "0", "1", "2", "9", "P", "_", "/", "評", "a"]
        func name() -> [Unicode.Scalar] { (0..<Int(rng.next() % 8)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] } }
        for _ in 0..<20_000 {
            let stem = name()
            let x = stem + name(), y = stem + name()
            #expect(
                NaturalOrder.less(x, y) == Self.referenceLess(x, y),
                "\(String(String.UnicodeScalarView(x))) vs \(String(String.UnicodeScalarView(y)))")
        }
    }

    @Test("a missing input folder is a fatal error")
    func missing() {
        #expect(throws: PipelineError.inputFolderMissing("/no/such/folder")) {
            try InputScanner.scan(URL(fileURLWithPath: "/no/such/folder"))
        }
    }
}

/// Seeded random bits for the order test (the same pairs on every run).
private struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
