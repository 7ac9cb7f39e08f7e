/// Turns a user-given path into a SARIF artifact URI: relative paths stay relative, absolute
/// ones become `file://` URIs, and characters URIs do not allow are percent-encoded.
enum SARIFURI {
    /// The URI reference for `path`.
    static func reference(to path: String) -> String {
        let encoded = percentEncoded(path)
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    private static func percentEncoded(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            let scalar = Unicode.Scalar(byte)
            let allowed = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || ("0"..."9").contains(scalar) || "-._~/".unicodeScalars.contains(scalar)
            if allowed {
                result.unicodeScalars.append(scalar)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}
