import Foundation

/// Collects the visible text of a string item (`<si>` or `<is>`).
///
/// Visible text is every `<t>` directly under the item or under a run (`<r>`); phonetic runs
/// (`<rPh>`, the furigana Japanese Excel stores) and `<phoneticPr>` are left out. Whitespace is
/// kept exactly as written, and `_xHHHH_` escapes are decoded at the end.
struct RichTextCollector {
    private var text = TextBuffer()
    private var inT = false
    private var phoneticDepth = 0

    mutating func reset() {
        text.reset()
        inT = false
        phoneticDepth = 0
    }

    /// Feeds a start tag seen inside the item.
    mutating func start(_ name: XMLName) {
        if name.is("rPh") || name.is("phoneticPr") {
            phoneticDepth += 1
        } else if name.is("t"), phoneticDepth == 0 {
            inT = true
        }
    }

    /// Feeds an end tag seen inside the item.
    mutating func end(_ name: XMLName) {
        if name.is("rPh") || name.is("phoneticPr") {
            phoneticDepth = max(0, phoneticDepth - 1)
        } else if name.is("t") {
            inT = false
        }
    }

    mutating func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        if inT { try text.append(bytes) }
    }

    /// The item's text, escapes decoded.
    var value: String { OOXMLEscapes.decode(text.string) }
}

/// OOXML's `_xHHHH_` escapes (ECMA-376 Part 1, 22.9.2.19 ST_Xstring).
/// Byte search in a string's UTF-8 without walking it through the generic collection
/// protocols (every shared string and relationship target is tested).
enum UTF8Search {
    static func contains(_ s: String, _ byte: UInt8) -> Bool {
        var s = s
        return s.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }
}

enum OOXMLEscapes {
    /// Decodes `_xHHHH_` sequences; `_x005F_` is a literal underscore, so `_x005F_x000D_`
    /// decodes to the text `_x000D_`. UTF-16 surrogate pairs written as two escapes are joined.
    static func decode(_ s: String) -> String {
        guard UTF8Search.contains(s, UInt8(ascii: "_")) else { return s }
        let units = Array(s.utf16)
        var out: [UInt16] = []
        out.reserveCapacity(units.count)
        var i = 0
        while i < units.count {
            if units[i] == 0x5F, i + 6 < units.count, units[i + 1] == 0x78 || units[i + 1] == 0x58,
                units[i + 6] == 0x5F, let code = hex4(units, i + 2)
            {
                out.append(code)
                i += 7
            } else {
                out.append(units[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF16.self)
    }

    private static func hex4(_ u: [UInt16], _ start: Int) -> UInt16? {
        var v: UInt16 = 0
        for k in start..<(start + 4) {
            let c = u[k]
            let d: UInt16
            switch c {
            case 0x30...0x39: d = c - 0x30
            case 0x41...0x46: d = c - 0x41 + 10
            case 0x61...0x66: d = c - 0x61 + 10
            default: return nil
            }
            v = v << 4 | d
        }
        return v
    }
}
