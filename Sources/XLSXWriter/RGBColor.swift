import CXLSXWriter

/// A 24-bit RGB colour, e.g. `RGBColor(0xFFF2CC)` for a pale yellow fill.
public struct RGBColor: Hashable, Sendable, CustomStringConvertible {
    /// The colour as `0xRRGGBB`.
    public let rgb: UInt32

    /// A colour from `0xRRGGBB` (higher bits are ignored).
    public init(_ rgb: UInt32) {
        self.rgb = rgb & 0xFF_FFFF
    }

    /// A colour from its red, green and blue parts (0–255 each).
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        rgb = UInt32(red) << 16 | UInt32(green) << 8 | UInt32(blue)
    }

    /// `#RRGGBB`.
    public var description: String {
        let hex = String(rgb, radix: 16, uppercase: true)
        return "#" + String(repeating: "0", count: 6 - hex.count) + hex
    }

    /// Black.
    public static let black = RGBColor(0x000000)
    /// White.
    public static let white = RGBColor(0xFFFFFF)
    /// Red.
    public static let red = RGBColor(0xFF0000)

    /// The value libxlsxwriter expects. Its `LXW_COLOR_UNSET` is `0x000000`, so black has to be
    /// passed as `LXW_COLOR_BLACK` (`0x1000000`, format.h) or it would be dropped.
    var lxw: lxw_color_t {
        rgb == 0 ? lxw_color_t(LXW_COLOR_BLACK.rawValue) : lxw_color_t(rgb)
    }
}
