/// The one place the version of dxcert is defined (`dxcert --version`, `make dist` reads it for the bundle name).
enum DXCertVersion {
    static let number = "0.3.0"
}
