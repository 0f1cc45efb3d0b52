import CLibXML2
import Foundation

/// An element or attribute name, valid only during the callback that receives it.
///
/// Names are local names: OOXML is matched by local name whatever the prefix, so Transitional
/// (`http://schemas.openxmlformats.org/...`) and Strict (`http://purl.oclc.org/ooxml/...`)
/// files read alike.
struct XMLName {
    let pointer: UnsafePointer<UInt8>

    /// True when the name equals `literal` (compared byte for byte, no allocation).
    @inline(__always)
    func `is`(_ literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        return memcmp(pointer, literal.utf8Start, n) == 0 && pointer[n] == 0
    }

    /// The name as a Swift string (allocates; use for diagnostics only).
    var string: String { String(cString: pointer) }
}

/// The attributes of one start tag, valid only during the callback that receives them.
struct XMLAttributes {
    /// libxml2's layout: five pointers per attribute (localname, prefix, URI, value, value end).
    let raw: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    let count: Int

    /// The value of the attribute with this local name, in any namespace or none.
    func value(_ localName: StaticString) -> String? {
        bytes(localName).map(Self.decode)
    }

    /// The undecoded bytes of the attribute with this local name (no string is made); for values
    /// that are plain ASCII when valid (`r`, `s`, `t` of a cell). Valid only during the callback.
    func bytes(_ localName: StaticString) -> UnsafeBufferPointer<UInt8>? {
        guard let raw else { return nil }
        for i in 0..<count {
            guard let name = raw[i * 5], XMLName(pointer: name).is(localName) else { continue }
            return Self.span(raw[i * 5 + 3], raw[i * 5 + 4])
        }
        return nil
    }

    /// The value of the attribute with this local name in a namespace whose URI ends with `namespaceSuffix`.
    ///
    /// Used for `r:id`, whose namespace differs between Transitional and Strict files.
    func value(_ localName: StaticString, namespaceSuffix: String) -> String? {
        guard let raw else { return nil }
        for i in 0..<count {
            guard let name = raw[i * 5], XMLName(pointer: name).is(localName),
                let uri = raw[i * 5 + 2], String(cString: uri).hasSuffix(namespaceSuffix)
            else { continue }
            return Self.decode(Self.span(raw[i * 5 + 3], raw[i * 5 + 4]))
        }
        return nil
    }

    /// The value's bytes between libxml2's start and end pointers (empty when there are none).
    private static func span(_ start: UnsafePointer<UInt8>?, _ end: UnsafePointer<UInt8>?) -> UnsafeBufferPointer<UInt8> {
        guard let start, let end, end > start else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: start, count: end - start)
    }

    /// Attribute values come undecoded for one case: without entity substitution libxml2 hands
    /// `&amp;` over as `&#38;` (every literal `&` is written that way, so one replace is exact).
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.count > 0 else { return "" }
        let s = String(decoding: bytes, as: UTF8.self)
        // Byte scan first: Foundation's string search is far too slow for every attribute.
        return bytes.contains(UInt8(ascii: "&")) ? s.replacingOccurrences(of: "&#38;", with: "&") : s
    }
}

/// What a part reader implements to receive SAX events.
protocol XMLEventHandler: AnyObject {
    func startElement(_ name: XMLName, attributes: XMLAttributes) throws
    func endElement(_ name: XMLName) throws
    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws
}

/// Thrown by `TextBuffer` when one text node passes its cap; turned into `limitExceeded` with the part.
struct TextTooLong: Error {}

/// Accumulates character data of the element being read.
///
/// Capped at 1 MiB: Excel's longest cell text is 32,767 characters, so anything far beyond is a
/// bomb (megabytes of spaces inside one `<v>`), refused before it costs memory.
struct TextBuffer {
    static let limit = 1 << 20
    private(set) var bytes: [UInt8] = []

    mutating func append(_ chunk: UnsafeBufferPointer<UInt8>) throws {
        guard bytes.count + chunk.count <= Self.limit else { throw TextTooLong() }
        bytes.append(contentsOf: chunk)
    }
    mutating func reset() { bytes.removeAll(keepingCapacity: true) }
    var isEmpty: Bool { bytes.isEmpty }
    var string: String { String(decoding: bytes, as: UTF8.self) }
}

/// A streaming XML parser: libxml2's SAX2 push parser fed from an inflating ZIP entry.
///
/// The part's XML is never held whole: each inflated chunk goes straight to `xmlParseChunk`.
/// Safety: `XML_PARSE_NONET`; never NOENT, DTDLOAD, DTDVALID, XINCLUDE, HUGE or RECOVER; any
/// DOCTYPE is refused the moment it is seen, so no entity can be declared or expanded.
enum XMLStream {
    /// libxml2 is initialised once per process before any thread parses.
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses `entry` of `archive`, sending events to `handler`.
    ///
    /// When the XML breaks, the entry's checksum is checked too: a damaged ZIP entry is reported
    /// as a broken archive rather than as bad XML, which is what it really is.
    static func parse(_ entry: ZipArchive.Entry, in archive: ZipArchive, handler: XMLEventHandler) throws {
        do {
            try parseUnchecked(entry, in: archive, handler: handler)
        } catch let error as ReaderError {
            if case .malformedXML = error, !archive.checksumMatches(entry) {
                throw ReaderError.brokenArchive(file: archive.displayName, damage: .checksumMismatch(part: entry.name))
            }
            throw error
        }
    }

    private static func parseUnchecked(_ entry: ZipArchive.Entry, in archive: ZipArchive, handler: XMLEventHandler) throws {
        _ = initialised
        let session = Session(handler: handler, file: archive.displayName, part: entry.name)
        var sax = makeHandler()
        let unmanaged = Unmanaged.passRetained(session)
        defer { unmanaged.release() }
        guard let ctxt = xmlCreatePushParserCtxt(&sax, unmanaged.toOpaque(), nil, 0, nil) else {
            throw ReaderError.malformedXML(file: archive.displayName, part: entry.name, line: 0, detail: "xmlCreatePushParserCtxt failed")
        }
        defer { xmlFreeParserCtxt(ctxt) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        _ = xmlCtxtUseOptions(ctxt, options)  // returns the options it did not recognise: none here
        session.context = ctxt

        try archive.stream(entry) { chunk in
            guard chunk.count > 0 else { return }
            var offset = 0
            // xmlParseChunk takes an Int32 length; inflated chunks are 64 KiB, but stay general.
            while offset < chunk.count {
                let n = min(chunk.count - offset, 1 << 20)
                let base = chunk.baseAddress!.advanced(by: offset).assumingMemoryBound(to: CChar.self)
                let rc = xmlParseChunk(ctxt, base, Int32(n), 0)
                try session.check(rc)
                offset += n
            }
        }
        let rc = xmlParseChunk(ctxt, nil, 0, 1)
        try session.check(rc)
        if ctxt.pointee.wellFormed == 0 {
            throw session.malformed(detail: session.firstError ?? "the document is not well-formed")
        }
    }

    /// State shared with the C callbacks through libxml2's user-data pointer.
    final class Session {
        let handler: XMLEventHandler
        let file: String
        let part: String
        var context: xmlParserCtxtPtr?
        /// Read on every SAX event; the parser calls back on one thread and never re-enters, so
        /// accesses cannot overlap and the runtime exclusivity check is left out.
        @exclusivity(unchecked) var failure: Error?
        var firstError: String?
        var errorLine = 0

        init(handler: XMLEventHandler, file: String, part: String) {
            self.handler = handler
            self.file = file
            self.part = part
        }

        /// Records the first failure and stops the parser.
        func fail(_ error: Error) {
            if failure == nil { failure = error }
            if let context { xmlStopParser(context) }
        }

        func check(_ rc: Int32) throws {
            if let failure { throw failure }
            if rc != 0 {
                throw malformed(detail: firstError ?? "xmlParseChunk returned \(rc)")
            }
        }

        func malformed(detail: String) -> ReaderError {
            let line = errorLine > 0 ? errorLine : Int(context.map { xmlSAX2GetLineNumber(UnsafeMutableRawPointer($0)) } ?? 0)
            return .malformedXML(file: file, part: part, line: line, detail: detail)
        }
    }

    private static func session(_ ctx: UnsafeMutableRawPointer?) -> Session {
        Unmanaged<Session>.fromOpaque(ctx!).takeUnretainedValue()
    }

    /// Runs `body` with the session behind libxml2's user-data pointer, without retaining it:
    /// `parseUnchecked` holds it (passRetained) for as long as the parser can call back, and a
    /// retain/release pair on every element and text node was a measurable part of reading.
    @inline(__always)
    private static func withSession(_ ctx: UnsafeMutableRawPointer?, _ body: (Session) -> Void) {
        Unmanaged<Session>.fromOpaque(ctx!)._withUnsafeGuaranteedRef(body)
    }

    private static func makeHandler() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startElementNs = { ctx, localname, _, _, _, _, nbAttributes, _, attributes in
            XMLStream.withSession(ctx) { s in
                guard s.failure == nil, let localname else { return }
                do {
                    try s.handler.startElement(
                        XMLName(pointer: localname),
                        attributes: XMLAttributes(raw: attributes, count: Int(nbAttributes)))
                } catch {
                    s.fail(error)
                }
            }
        }
        sax.endElementNs = { ctx, localname, _, _ in
            XMLStream.withSession(ctx) { s in
                guard s.failure == nil, let localname else { return }
                do { try s.handler.endElement(XMLName(pointer: localname)) } catch { s.fail(error) }
            }
        }
        let text: charactersSAXFunc = { ctx, ch, len in
            XMLStream.withSession(ctx) { s in
                guard s.failure == nil, let ch, len > 0 else { return }
                do {
                    try s.handler.characters(UnsafeBufferPointer(start: ch, count: Int(len)))
                } catch is TextTooLong {
                    s.fail(ReaderError.limitExceeded(file: s.file, part: s.part, limit: .textNodeBytes(limit: TextBuffer.limit)))
                } catch {
                    s.fail(error)
                }
            }
        }
        sax.characters = text
        sax.cdataBlock = text
        sax.ignorableWhitespace = text
        sax.internalSubset = { ctx, _, _, _ in
            let s = XMLStream.session(ctx)
            s.fail(ReaderError.forbiddenDoctype(file: s.file, part: s.part))
        }
        sax.externalSubset = { ctx, _, _, _ in
            let s = XMLStream.session(ctx)
            s.fail(ReaderError.forbiddenDoctype(file: s.file, part: s.part))
        }
        sax.serror = { ctx, error in
            guard let ctx, let error else { return }
            let s = XMLStream.session(ctx)
            let e = error.pointee
            guard e.level == XML_ERR_ERROR || e.level == XML_ERR_FATAL, s.firstError == nil else { return }
            var message = e.message.map { String(cString: $0) } ?? "libxml2 error \(e.code) without a message"
            message = message.trimmingCharacters(in: .whitespacesAndNewlines)
            s.firstError = message
            s.errorLine = Int(e.line)
        }
        return sax
    }
}
