@preconcurrency public import Crypto
public import Foundation

/// A leader's Ed25519 signing key, with the name it was created under.
///
/// The private half lives in a key file readable by its owner only (see `SigningKey+File`);
/// the public half goes into the trust file as a `trustEntry` line.
public struct SigningKey: Sendable {
    /// The name given at creation, e.g. `dana-lee`; recorded as the signer of each sign-off.
    public let name: String
    /// The private key.
    public let privateKey: Curve25519.Signing.PrivateKey

    /// Wraps an existing private key.
    public init(name: String, privateKey: Curve25519.Signing.PrivateKey) {
        self.name = name
        self.privateKey = privateKey
    }

    /// A fresh random key.
    public static func generate(name: String) -> SigningKey {
        SigningKey(name: name, privateKey: Curve25519.Signing.PrivateKey())
    }

    /// The public half.
    public var publicKey: Curve25519.Signing.PublicKey { privateKey.publicKey }

    /// The key id recorded in sign-offs and matched against the trust file.
    public var keyID: String { PublicKeyText.keyID(of: publicKey) }

    /// The line to paste under `marketing:` or `sales:` in the trust file:
    /// `  - { name: dana-lee, key: "ed25519:BASE64" }`.
    public var trustEntry: String {
        "  - { name: \(SignoffYAML.quoted(name)), key: \(SignoffYAML.quoted(PublicKeyText.encode(publicKey))) }"
    }

    /// Signs `message`.
    public func sign(_ message: [UInt8]) throws -> Data {
        try privateKey.signature(for: message)
    }

    /// Whether `name` may name a key: letters, digits, `-`, `_` and `.`, not starting with `.` or `-`,
    /// at most 64 characters (it becomes a file name).
    public static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.unicodeScalars.count <= 64,
              first != ".", first != "-"
        else { return false }
        return name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                || scalar == "-" || scalar == "_" || scalar == ".")
        }
    }
}
