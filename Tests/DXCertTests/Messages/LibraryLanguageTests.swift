import Foundation
import Testing

/// The libraries speak English; the Japanese a clerk reads lives in `Sources/DXCert/Messages`.
/// This fails as soon as a kana, kanji or full-width character appears in the code (not the
/// comments) of `Sources/OOXMLReader` or `Sources/XLSXWriter`, except the few data values
/// listed in `allowedData`.
@Suite("Libraries speak English: no Japanese outside comments in OOXMLReader and XLSXWriter")
struct LibraryLanguageTests {
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    /// Japanese that is data, not words for people, per file: Excel's built-in number formats of
    /// a Japanese Excel (`yyyy"年"m"月"d"日"`) and the names of Japanese fonts.
    static let allowedData: [String: [String]] = [
        "NumberFormat.swift": [#"\"年\""#, #"\"月\""#, #"\"日\""#, #"\"時\""#, #"\"分\""#, #"\"秒\""#],
        "WorkbookOptions.swift": [#""游ゴシック""#, #""ＭＳ Ｐゴシック""#],
    ]

    @Test("no kana, kanji or full-width text in the code of the two libraries", arguments: ["OOXMLReader", "XLSXWriter"])
    func library(_ name: String) throws {
        let folder = Self.sources.appendingPathComponent(name)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }.sorted()
        #expect(files.count > 5, "the sources were found at \(folder.path)")
        var found: [String] = []
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let hits = Self.japanese(inCodeOf: String(line), allowing: Self.allowedData[file] ?? [])
                if !hits.isEmpty { found.append("\(name)/\(file):\(number + 1): \(hits)") }
            }
        }
        #expect(found.isEmpty, "Japanese belongs in Sources/DXCert/Messages:\n\(found.joined(separator: "\n"))")
    }

    @Test("the check itself sees Japanese in code and ignores it in comments")
    func detector() {
        #expect(Self.japanese(inCodeOf: #"throw broken("中央ディレクトリが壊れています")"#, allowing: []) == "中央ディレクトリが壊れています")
        #expect(Self.japanese(inCodeOf: #"let s = "a//b「x」" // 説明"#, allowing: []) == "「」")
        #expect(Self.japanese(inCodeOf: #"    /// 入力規則 (data validation)."#, allowing: []).isEmpty)
        #expect(Self.japanese(inCodeOf: #"let url = "https://example.com" // 例"#, allowing: []).isEmpty)
        #expect(Self.japanese(inCodeOf: #"31: "yyyy\"年\"m\"月\"","#, allowing: [#"\"年\""#, #"\"月\""#]).isEmpty)
    }

    /// The Japanese characters of `line` before its `//` comment (a `//` inside a string literal
    /// does not start one), after removing the allowed data values.
    static func japanese(inCodeOf line: String, allowing allowed: [String]) -> String {
        var code = ""
        var inString = false
        var escaped = false
        var previous: Character?
        for c in line {
            if inString {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
            } else if c == "\"" {
                inString = true
            } else if c == "/", previous == "/" {
                code.removeLast()
                break
            }
            code.append(c)
            previous = inString ? nil : c
        }
        for value in allowed { code = code.replacingOccurrences(of: value, with: "") }
        return String(code.unicodeScalars.filter(isJapanese).map(Character.init))
    }

    /// Kana, kanji, Japanese punctuation and full-width forms.
    static func isJapanese(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF00...0xFFEF: return true
        default: return false
        }
    }
}
