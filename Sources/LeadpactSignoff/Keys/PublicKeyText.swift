public import Crypto
import Foundation

/// The text forms of an Ed25519 public key: `ed25519:BASE64` in trust files, and a short key
/// id (the first 16 hex digits of the SHA-256 of the raw key) in sign-off records.
public enum PublicKeyText {
    /// The prefix that names the algorithm.
    public static let prefix = "ed25519:"

    /// `ed25519:` + base64 of the 32-byte raw key.
    public static func encode(_ key: Curve25519.Signing.PublicKey) -> String {
        prefix + key.rawRepresentation.base64EncodedString()
    }

    /// Parses `ed25519:BASE64`; `nil` when the prefix, the base64 or the length is wrong.
    public static func decode(_ text: String) -> Curve25519.Signing.PublicKey? {
        guard text.hasPrefix(prefix), let raw = Data(base64Encoded: String(text.dropFirst(prefix.count))),
              raw.count == 32
        else { return nil }
        return try? Curve25519.Signing.PublicKey(rawRepresentation: raw)
    }

    /// The key id: 16 lowercase hex digits of SHA-256 over the raw key.
    public static func keyID(of key: Curve25519.Signing.PublicKey) -> String {
        SHA256.hash(data: key.rawRepresentation).prefix(8).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
