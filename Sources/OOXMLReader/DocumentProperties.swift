import Foundation

/// Document properties: the core ones (`docProps/core.xml`) and custom ones (`docProps/custom.xml`).
public struct DocumentProperties: Sendable, Equatable {
    public var title: String?
    public var creator: String?
    public var lastModifiedBy: String?
    /// `dcterms:created` as written (W3CDTF, e.g. `2024-11-02T09:15:00Z`).
    public var created: String?
    /// `dcterms:modified` as written.
    public var modified: String?
    /// Custom properties by name, values as text.
    public var custom: [String: String] = [:]

    public init() {}

    /// `modified` as a `Date`, when it parses as W3CDTF / ISO 8601.
    public var modifiedDate: Date? { modified.flatMap(Self.parseW3C) }

    /// Parses `YYYY-MM-DDThh:mm:ss(.fff)(Z|±hh:mm)`; without a zone the time is read as UTC.
    /// Hand-written: Foundation's ISO8601DateFormatter is costly to create and serializes threads.
    static func parseW3C(_ text: String) -> Date? {
        let b = Array(text.utf8).filter { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
        func num(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var v = 0
            for i in from..<(from + count) {
                guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                v = v * 10 + Int(b[i] - 0x30)
            }
            return v
        }
        guard let y = num(0, 4), b.count >= 10, b[4] == 0x2D, let mo = num(5, 2), b[7] == 0x2D, let d = num(8, 2),
            (1...12).contains(mo), (1...31).contains(d)
        else { return nil }
        var seconds = 0.0
        var i = 10
        if i < b.count, b[i] == 0x54 {  // T
            guard let h = num(11, 2), b.count > 13, b[13] == 0x3A, let mi = num(14, 2) else { return nil }
            seconds = Double(h * 3600 + mi * 60)
            i = 16
            if i < b.count, b[i] == 0x3A, let s = num(17, 2) {
                seconds += Double(s)
                i = 19
                if i < b.count, b[i] == 0x2E {
                    var scale = 0.1
                    i += 1
                    while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { seconds += Double(b[i] - 0x30) * scale; scale /= 10; i += 1 }
                }
            }
            if i < b.count, b[i] == 0x2B || b[i] == 0x2D, let zh = num(i + 1, 2) {
                let zm = (i + 3 < b.count && b[i + 3] == 0x3A) ? (num(i + 4, 2) ?? 0) : (num(i + 3, 2) ?? 0)
                let offset = Double(zh * 3600 + zm * 60)
                seconds -= b[i] == 0x2B ? offset : -offset
            }
        }
        let days = ExcelDateTime.daysFromCivil(y, mo, d)
        return Date(timeIntervalSince1970: Double(days) * 86_400 + seconds)
    }
}

/// Reads `docProps/core.xml`.
final class CorePropertiesReader: XMLEventHandler {
    var properties = DocumentProperties()
    private var field: WritableKeyPath<DocumentProperties, String?>?
    private var text = TextBuffer()

    func startElement(_ name: XMLName, attributes: XMLAttributes) throws {
        if name.is("title") {
            field = \.title
        } else if name.is("creator") {
            field = \.creator
        } else if name.is("lastModifiedBy") {
            field = \.lastModifiedBy
        } else if name.is("created") {
            field = \.created
        } else if name.is("modified") {
            field = \.modified
        } else {
            field = nil
        }
        text.reset()
    }

    func endElement(_ name: XMLName) throws {
        if let field {
            properties[keyPath: field] = text.string
            self.field = nil
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        if field != nil { try text.append(bytes) }
    }
}

/// Reads `docProps/custom.xml`: `<property name="…"><vt:lpwstr>…</vt:lpwstr></property>`.
final class CustomPropertiesReader: XMLEventHandler {
    var values: [String: String] = [:]
    private var currentName: String?
    private var text = TextBuffer()

    func startElement(_ name: XMLName, attributes: XMLAttributes) throws {
        if name.is("property") {
            currentName = attributes.value("name")
            text.reset()
        }
    }

    func endElement(_ name: XMLName) throws {
        if name.is("property"), let n = currentName {
            values[n] = text.string
            currentName = nil
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        if currentName != nil { try text.append(bytes) }
    }
}
