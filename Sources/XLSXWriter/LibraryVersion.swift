import CXLSXWriter

/// The libxlsxwriter this writer is linked against (for `dxcert --version`).
public enum LibXLSXWriterVersion {
    /// Version reported by the loaded library at run time, e.g. "1.1.4".
    public static var linked: String { String(cString: lxw_version()) }
}
