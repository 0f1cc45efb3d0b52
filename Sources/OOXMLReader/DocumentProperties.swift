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

    /// `modified` as a `Date`, when it parses as ISO 8601.
    public var modifiedDate: Date? { modified.flatMap(Self.parseW3C) }

    static func parseW3C(_ text: String) -> Date? {
        let s = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        if let d = f.date(from: s) { return d }
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let d = f.date(from: s) { return d }
        // Without a zone (some writers): read as UTC.
        f.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate]
        return f.date(from: s)
    }
}

/// Reads `docProps/core.xml`.
final class CorePropertiesReader: XMLEventHandler {
    var properties = DocumentProperties()
    private var field: WritableKeyPath<DocumentProperties, String?>?
    private var text = TextBuffer()

    func startElement(_ name: XMLName, attributes: XMLAttributes) throws {
        if name.is("title") { field = \.title }
        else if name.is("creator") { field = \.creator }
        else if name.is("lastModifiedBy") { field = \.lastModifiedBy }
        else if name.is("created") { field = \.created }
        else if name.is("modified") { field = \.modified }
        else { field = nil }
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
