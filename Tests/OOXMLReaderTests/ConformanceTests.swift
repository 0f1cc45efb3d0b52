import Foundation
import Testing

@testable import OOXMLReader

/// Whole-file checks against committed fixtures whose expected output was written independently
/// of this reader (by hand, or by other readers with documented corrections; see
/// Fixtures/corpus/NOTES.md and scripts/fixtures/).
@Suite("Conformance: fixtures from several writers and the public corpus")
struct ConformanceTests {
    static let good = Fixtures.files(in: "good", ext: ["xlsx", "xlsm"])
    static let corpus = Fixtures.files(in: "corpus/calamine", ext: ["xlsx", "xlsm"]) + Fixtures.files(in: "corpus/sheetjs", ext: ["xlsx", "xlsm"])

    struct BadCase: Decodable, CustomTestStringConvertible {
        let file: String
        let error: String
        let part: String?
        var testDescription: String { "\(file) → \(error)" }
    }

    static let bad: [BadCase] = {
        guard let data = try? Data(contentsOf: Fixtures.url("bad/manifest.json")) else { return [] }
        return (try? JSONDecoder().decode([BadCase].self, from: data)) ?? []
    }()

    static let rejectedCorpus: [String: String] = {
        guard let data = try? Data(contentsOf: Fixtures.url("corpus/rejected.json")),
            let list = try? JSONDecoder().decode([BadCase].self, from: data)
        else { return [:] }
        // `file` is relative to corpus/ (e.g. `calamine/pass_protected.xlsx`).
        return Dictionary(uniqueKeysWithValues: list.map { ($0.file, $0.error) })
    }()

    @Test("the fixture sets are present (a missing folder must not pass silently)")
    func fixturesPresent() {
        #expect(Self.good.count >= 20)
        #expect(Self.bad.count >= 15)
        #expect(Self.corpus.count >= 100)
    }

    @Test("inspect matches the expected JSON Lines, cell for cell", arguments: good + corpus)
    func matchesExpected(_ url: URL) throws {
        let name = url.lastPathComponent
        let corpusKey = url.deletingLastPathComponent().lastPathComponent + "/" + name
        if let expectedError = Self.rejectedCorpus[corpusKey] {
            do {
                _ = try Fixtures.inspect(url)
                Issue.record("\(corpusKey) should be rejected as \(expectedError)")
            } catch let error as ReaderError {
                #expect(Self.caseName(error) == expectedError, "\(corpusKey): \(error)")
            }
            return
        }
        let expected = try Fixtures.expectedLines(url.deletingPathExtension().appendingPathExtension("jsonl"))
        let got = try Fixtures.inspect(url)
        #expect(got.count == expected.count, "\(name): \(got.count) cells, expected \(expected.count)")
        for (i, (g, e)) in zip(got, expected).enumerated() where !Self.sameCell(g, e) {
            Issue.record("\(name) line \(i + 1):\n  got      \(g)\n  expected \(e)")
            break
        }
    }

    /// Lines compare as JSON values (`\b` and `\u0008` are the same string); the key order and
    /// separators of our own line are checked exactly.
    static func sameCell(_ ours: String, _ expected: String) -> Bool {
        guard ours.hasPrefix("{\"sheet\": "), ours.contains(", \"cell\": \""), ours.contains(", \"type\": \""),
            ours.contains(", \"value\": "),
            let a = try? JSONSerialization.jsonObject(with: Data(ours.utf8)) as? NSDictionary,
            let b = try? JSONSerialization.jsonObject(with: Data(expected.utf8)) as? NSDictionary
        else { return false }
        return a == b
    }

    struct SheetEntry: Decodable, Equatable {
        let name: String
        let state: String
        let kind: String
    }

    @Test("sheet names, order, hidden state and kind", arguments: good)
    func sheets(_ url: URL) throws {
        let expectedURL = url.deletingPathExtension().appendingPathExtension("sheets.json")
        guard let data = try? Data(contentsOf: expectedURL) else { return }
        let expected = try JSONDecoder().decode([SheetEntry].self, from: data)
        let wb = try Workbook(url: url)
        let got = wb.sheets.map { SheetEntry(name: $0.name, state: $0.state.rawValue, kind: $0.kind.rawValue) }
        #expect(got == expected)
    }

    @Test("merged ranges", arguments: good)
    func merged(_ url: URL) throws {
        let expectedURL = url.deletingPathExtension().appendingPathExtension("merged.json")
        guard let data = try? Data(contentsOf: expectedURL) else { return }
        let expected = try JSONDecoder().decode([String: [String]].self, from: data)
        let wb = try Workbook(url: url)
        for (sheetName, ranges) in expected {
            let sheet = try #require(wb.sheet(named: sheetName))
            let summary = try wb.forEachRow(in: sheet) { _ in }
            #expect(summary.mergedRanges.map(\.description) == ranges, "\(url.lastPathComponent) \(sheetName)")
        }
    }

    @Test("each bad file fails with its own error, naming the file (and part)", arguments: bad)
    func badFile(_ c: BadCase) throws {
        let url = Fixtures.url("bad/" + c.file)
        do {
            _ = try Fixtures.inspect(url)
            Issue.record("\(c.file) was read without an error")
        } catch let error as ReaderError {
            #expect(Self.caseName(error) == c.error, "\(c.file): \(error)")
            #expect(error.file == c.file)
            if let part = c.part, let got = Self.part(of: error) {
                #expect(got.lowercased() == part.lowercased(), "\(c.file): part \(got)")
            }
            #expect(error.description.contains(c.file))
        }
    }

    static func caseName(_ e: ReaderError) -> String {
        switch e {
        case .unreadableFile: return "unreadableFile"
        case .emptyFile: return "emptyFile"
        case .passwordProtected: return "passwordProtected"
        case .legacyBinaryWorkbook: return "legacyBinaryWorkbook"
        case .notXLSX: return "notXLSX"
        case .brokenArchive: return "brokenArchive"
        case .unsupportedEntry: return "unsupportedEntry"
        case .duplicateEntry: return "duplicateEntry"
        case .limitExceeded: return "limitExceeded"
        case .missingPart: return "missingPart"
        case .malformedXML: return "malformedXML"
        case .forbiddenDoctype: return "forbiddenDoctype"
        case .sharedStringOutOfRange: return "sharedStringOutOfRange"
        case .noSuchSheet: return "noSuchSheet"
        case .outOfSheetLimits: return "outOfSheetLimits"
        case .dateOutOfRange: return "dateOutOfRange"
        }
    }

    static func part(of e: ReaderError) -> String? {
        switch e {
        case .unsupportedEntry(_, let p, _), .duplicateEntry(_, let p), .limitExceeded(_, let p, _), .missingPart(_, let p, _),
            .malformedXML(_, let p, _, _), .forbiddenDoctype(_, let p):
            return p
        default:
            return nil
        }
    }
}
