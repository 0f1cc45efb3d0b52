import CLibXML2

/// The libxml2 this reader carries (for `dxcert --version`).
public enum LibXML2Version {
    /// Version of the linked library, e.g. "2.9.14" (statically linked in the bundle, so it is also the header's).
    public static var linked: String {
        // xmlParserVersion is "20914"-style: major·10000 + minor·100 + patch.
        guard let raw = __xmlParserVersion()?.pointee, let number = Int(String(cString: raw)) else {
            return LIBXML_DOTTED_VERSION
        }
        return "\(number / 10000).\(number / 100 % 100).\(number % 100)"
    }
}
