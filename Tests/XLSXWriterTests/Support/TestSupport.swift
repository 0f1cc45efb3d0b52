import Foundation
import OOXMLReader
import TestSupport
import Testing

@testable import XLSXWriter

/// A fresh directory under the system temp dir, removed by the caller with `cleanUp()`
/// (the shared `ScratchFolder` under the name these tests have always used).
struct Scratch {
    private let folder: ScratchFolder
    var url: URL { folder.url }

    init(_ label: String = #function) throws { folder = try ScratchFolder("xlsxwriter-\(label)") }

    func path(_ name: String) -> String { folder.path(name) }

    func cleanUp() { folder.remove() }
}

/// Runs a Python 3 script (openpyxl / zipfile) with arguments and returns its standard output.
enum Python {
    struct Failure: Error, CustomStringConvertible {
        let status: Int32
        let stderr: String
        var description: String { "python3 exited \(status): \(stderr)" }
    }

    static func run(_ script: String, _ arguments: [String]) throws -> String {
        let output = try ProcessRunner.run("python3", ["-c", script] + arguments)
        guard output.status == 0 else { throw Failure(status: output.status, stderr: output.stderr) }
        return output.text
    }

    /// Runs `script`, which must print one JSON object, and decodes it.
    static func json(_ script: String, _ arguments: [String]) throws -> [String: Any] {
        let text = try run(script, arguments)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        guard let dictionary = object as? [String: Any] else {
            throw Failure(status: 0, stderr: "not a JSON object: \(text)")
        }
        return dictionary
    }

    /// The text of one part inside an `.xlsx` package, or nil when the part is missing.
    static func part(_ name: String, in path: String) throws -> String? {
        let script = """
            import sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            n = sys.argv[2]
            if n in z.namelist():
                sys.stdout.write(z.read(n).decode('utf-8'))
            else:
                sys.stdout.write('\\0MISSING')
            """
        let text = try run(script, [path, name])
        return text == "\0MISSING" ? nil : text
    }

    /// Names of all parts in the package.
    static func partNames(in path: String) throws -> [String] {
        let text = try run("import sys, zipfile, json; print(json.dumps(zipfile.ZipFile(sys.argv[1]).namelist()))", [path])
        return (try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String]) ?? []
    }
}

/// Reads a written workbook back with our own reader.
enum ReadBack {
    /// Every non-empty cell of `sheet` as `A1 → value`.
    static func cells(_ path: String, sheet name: String) throws -> [String: CellValue] {
        let workbook = try Workbook(url: URL(fileURLWithPath: path))
        guard let sheet = workbook.sheet(named: name) else { return [:] }
        var result: [String: CellValue] = [:]
        try workbook.forEachRow(in: sheet) { row in
            for cell in row.cells { result[cell.reference.a1] = cell.value }
        }
        return result
    }
}

extension Dictionary where Key == String, Value == Any {
    /// Nested lookup `json["a", "b"]` for test readability.
    subscript(_ first: String, _ rest: String...) -> Any? {
        var current: Any? = self[first]
        for key in rest { current = (current as? [String: Any])?[key] }
        return current
    }
}
