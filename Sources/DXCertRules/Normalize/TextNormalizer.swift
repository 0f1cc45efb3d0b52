import Foundation

/// Text as the batch compares it (docs/rules.md §6.6–6.7).
public enum TextNormalizer {
    /// NFKC (full-width digits and letters → ASCII, half-width kana → full-width), trimmed,
    /// every run of whitespace (U+3000 included) collapsed to one space.
    public static func normalize(_ s: String) -> String {
        if isUnchanged(s, spaces: true, colons: true) { return s }
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return collapseASCII(s) }
        if let quick = quickNFKC(s) { return collapse(quick) }
        return collapse(s.precomposedStringWithCompatibilityMapping)
    }

    /// `normalize(s).isEmpty`, without building the normalized text: true when every scalar is
    /// a space; false at the first scalar normalization keeps as it is; anything else asks
    /// `normalize`. (A score cell is tested for every column of every row.)
    public static func isBlank(_ s: String) -> Bool {
        var unsure = false
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if isSpace(v) { continue }
            if isStableUnderNFKC(v) { return false }
            unsure = true
        }
        return unsure ? normalize(s).isEmpty : true
    }

    /// A key for comparing people's names: normalized with every space removed
    /// (`山田　太郎` = `山田 太郎` = `山田太郎`).
    public static func nameKey(_ s: String) -> String {
        if isUnchanged(s, spaces: false, colons: true) { return s }
        if let quick = quickKey(s, label: false) { return quick }
        let n = normalize(s)
        return n.utf8.contains(0x20) ? String(String.UnicodeScalarView(n.unicodeScalars.filter { $0 != " " })) : n
    }

    /// A key for matching labels (headers, setting names): normalized, no spaces, `:` as `：`.
    public static func labelKey(_ s: String) -> String {
        if isUnchanged(s, spaces: false, colons: false) { return s }
        if let quick = quickKey(s, label: true) { return quick }
        let k = nameKey(s)
        return k.utf8.contains(UInt8(ascii: ":")) ? String(String.UnicodeScalarView(k.unicodeScalars.map { $0 == ":" ? "：" : $0 })) : k
    }

    /// Scalars treated as spaces: Unicode white space plus zero-width space and BOM.
    private static func isSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    private static func collapse(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in s.unicodeScalars {
            if isSpace(scalar.value) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func collapseASCII(_ s: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        var changed = false
        for b in s.utf8 {
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                if !pendingSpace && !bytes.isEmpty { pendingSpace = true } else { changed = true }
                if b != 0x20 { changed = true }
            } else {
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(b)
            }
        }
        if pendingSpace { changed = true }
        return changed ? String(decoding: bytes, as: UTF8.self) : s
    }

    /// True when `s` is already what `normalize` returns: only scalars that NFKC leaves alone
    /// (the set `quickNFKC` copies unchanged, without full-width ASCII or U+3000) and single ASCII
    /// spaces between words. Most names, labels and themes are; they are then returned as they
    /// are, without building a new string (the reading of a city-wide year is full of them).
    static func isNormalJapanese(_ s: String) -> Bool {
        isUnchanged(s, spaces: true, colons: true)
    }

    /// The one test behind every fast path: true when `normalize` (and, with `spaces` false,
    /// `nameKey`; with `colons` false too, `labelKey`) would return `s` itself. One pass over the
    /// UTF-8 bytes, decoding only non-ASCII scalars; no string is built. An empty string, control
    /// characters, a leading, trailing or doubled space, and any scalar outside
    /// `isStableUnderNFKC` answer false and take the full path.
    private static func isUnchanged(_ s: String, spaces: Bool, colons: Bool) -> Bool {
        var s = s
        return s.withUTF8 { bytes in
            var afterSpace = true  // a leading space is not normal
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    switch b {
                    case 0x20:
                        if !spaces || afterSpace { return false }
                        afterSpace = true
                    case UInt8(ascii: ":"):
                        if !colons { return false }
                        afterSpace = false
                    case 0x21...0x7E:
                        afterSpace = false
                    default:
                        return false  // control characters and DEL
                    }
                    i += 1
                    continue
                }
                guard let (scalar, length) = scalar(in: bytes, at: i), isStableUnderNFKC(scalar) else { return false }
                afterSpace = false
                i += length
            }
            return !afterSpace  // no trailing space; an empty string takes the full path
        }
    }

    /// The non-ASCII scalar starting at `i` of a Swift string's UTF-8 (valid by construction:
    /// the lead byte gives the length) and that length; nil if the bytes end first. The one
    /// decoder of the byte-level fast paths.
    @inline(__always)
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int)? {
        let b = bytes[i]
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        guard i + length <= bytes.count else { return nil }
        var v = UInt32(b & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07))
        for k in 1..<length { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (v, length)
    }

    /// True when `s` is made only of scalars normalization leaves alone (ASCII included, any
    /// spacing): it is then in normal form, and its UTF-8 bytes compare and order it exactly as
    /// `String` does (`SortedText`).
    /// A form cell's text as a header label: `normalize`d, and that label's `labelKey` as bytes.
    /// Made once per distinct text (a form's labels recur in every copy of it; recognising a
    /// workbook looks at every cell of its first rows).
    package static func headerLabel(_ text: String) -> (label: String, key: UTF8Key) {
        headerLabels.value(UTF8Key(text)) {
            let label = normalize(text)
            return (label, UTF8Key(labelKey(label)))
        }
    }

    private static let headerLabels = Memo<UTF8Key, (label: String, key: UTF8Key)>(capacity: 4_096, striping: .byThread)

    package static func ordersByBytes(_ s: String) -> Bool {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return true }
        return s.unicodeScalars.allSatisfy { isStableUnderNFKC($0.value) }
    }

    /// `nameKey` (or with `label`, `labelKey`) in one pass over the UTF-8 bytes, for text made of
    /// what `quickNFKC` handles: stable scalars are copied, full-width ASCII mapped down, every
    /// space dropped (the keys keep none, so runs need no collapsing), `:` written `：` for labels.
    /// Nil for anything else, which takes the full path. Labels with spaces or full-width
    /// punctuation (`評価者 職員番号`, `5：非常によい`) are most of what misses the first fast path.
    private static func quickKey(_ s: String, label: Bool) -> String? {
        var s = s
        return s.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            let colon: [UInt8] = label ? [0xEF, 0xBC, 0x9A] : [UInt8(ascii: ":")]  // ：
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    if isSpace(UInt32(b)) {
                        // dropped
                    } else if b == UInt8(ascii: ":") {
                        out.append(contentsOf: colon)
                    } else {
                        out.append(b)
                    }
                    i += 1
                    continue
                }
                guard let (v, length) = scalar(in: bytes, at: i) else { return nil }
                switch v {
                case let v where isStableUnderNFKC(v):
                    out.append(contentsOf: bytes[i..<(i + length)])
                case 0xFF01...0xFF5E:
                    let ascii = UInt8(v - 0xFEE0)
                    if ascii == UInt8(ascii: ":") { out.append(contentsOf: colon) } else { out.append(ascii) }
                case 0x3000, 0xA0:
                    break  // a space: dropped
                default:
                    return nil
                }
                i += length
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Scalars NFKC leaves as they are, among those sheets are made of: ASCII, Latin-1 letters,
    /// Japanese punctuation, kana and kanji. The one list both fast paths go by.
    private static func isStableUnderNFKC(_ v: UInt32) -> Bool {
        switch v {
        case 0x00...0x7F, 0xC0...0xFF, 0x3001...0x301F, 0x3041...0x3096, 0x309D...0x309E, 0x30A1...0x30FE, 0x3400...0x4DBF,
            0x4E00...0x9FFF:
            return true
        default:
            return false
        }
    }

    /// NFKC by hand for the text municipal sheets are made of: ASCII, kana, kanji, Japanese
    /// punctuation (all NFKC-invariant) and full-width ASCII (mapped down). Nil for anything
    /// else (half-width kana, circled digits, …), which goes through Foundation instead. This
    /// keeps the common case fast and free of shared state across threads.
    static func quickNFKC(_ s: String) -> String? {
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            let v = scalar.value
            switch v {
            case let v where isStableUnderNFKC(v):
                out.append(scalar)
            case 0xFF01...0xFF5E:
                out.append(Unicode.Scalar(v - 0xFEE0)!)
            case 0x3000, 0xA0:
                out.append(" ")
            default:
                return nil
            }
        }
        return String(out)
    }

    /// Text shown back to people (names, themes, criteria): trimmed and with whitespace runs
    /// collapsed, but not NFKC-folded, so `5：非常によい` and `（利用者目線）` keep their full-width
    /// punctuation. Comparisons still go through `nameKey` / `labelKey`.
    public static func display(_ s: String) -> String {
        s.utf8.allSatisfy({ $0 < 0x80 }) ? collapseASCII(s) : collapse(s)
    }

    /// The display text of a cell value.
    public static func displayText(_ value: EnteredValue?) -> String {
        guard let value else { return "" }
        return display(value.text)
    }

    /// The normalized text of a cell value (numbers without `.0`).
    public static func text(_ value: EnteredValue?) -> String {
        guard let value else { return "" }
        return normalize(value.text)
    }
}
