import Crypto
import Foundation
import LeadpactDiagnostics
import LeadpactYAML

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SigningKey {
    /// The key file's text:
    /// ```
    /// # leadpact signing key "dana-lee" — SECRET: …
    /// leadpact-key: 1
    /// name: "dana-lee"
    /// key_id: "3f2a9c0d1e2b4a5c"
    /// private_key: "ed25519:BASE64"
    /// ```
    public var fileText: String {
        """
        # leadpact signing key \(SignoffYAML.quoted(name)) — SECRET: keep this file private and never commit it.
        # Its public half goes into the trust file (contracts/trusted-keys.yaml) under your party:
        #\(trustEntry)
        leadpact-key: 1
        name: \(SignoffYAML.quoted(name))
        key_id: \(SignoffYAML.quoted(keyID))
        private_key: \(SignoffYAML.quoted(PublicKeyText.prefix + privateKey.rawRepresentation.base64EncodedString()))

        """
    }

    /// Writes the key file, readable and writable by its owner only (0600). Never overwrites
    /// an existing file.
    public func write(toPath path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw SignoffError.keyFileExists(path: path) }
            throw SignoffError.unwritable(path: path, reason: String(cString: strerror(errno)))
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: Data(fileText.utf8))
            try handle.close()
        } catch {
            throw SignoffError.unwritable(path: path, reason: error.localizedDescription)
        }
    }

    /// Reads a key file written by `write(toPath:)`. Refuses a file other users can read, and
    /// checks that the recorded key id matches the key.
    public static func load(path: String) throws -> SigningKey {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw SignoffError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        let mode = status.st_mode & 0o777
        if mode & 0o077 != 0 {
            throw SignoffError.insecureKeyFile(path: path, mode: "0" + String(mode, radix: 8))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SignoffError.unreadable(path: path, reason: "permission denied or not a file")
        }
        return try parse(bytes: Array(data), path: path)
    }

    /// Parses a key file's bytes.
    static func parse(bytes: [UInt8], path: String) throws -> SigningKey {
        let document = YAMLLoader.load(bytes: bytes, path: path)
        if let problem = document.diagnostics.first(where: { $0.severity == .error }) {
            throw SignoffError.invalidKeyFile(path: path, location: problem.location, message: problem.message)
        }
        guard let root = document.root else {
            throw SignoffError.invalidKeyFile(path: path, location: nil, message: "the file is empty")
        }
        let (fields, diagnostics) = SignoffYAML.scalarFields(
            of: root, required: ["leadpact-key", "name", "key_id", "private_key"], what: "the key file",
            code: "LP501", file: path)
        if let problem = diagnostics.first {
            throw SignoffError.invalidKeyFile(path: path, location: problem.location, message: problem.message)
        }
        // `scalarFields` reported every missing key, so all four are present here.
        guard let format = fields["leadpact-key"], let name = fields["name"], let keyID = fields["key_id"],
              let encoded = fields["private_key"]
        else { throw SignoffError.invalidKeyFile(path: path, location: nil, message: "incomplete key file") }
        guard format.value == "1" else {
            throw SignoffError.invalidKeyFile(
                path: path, location: format.range.start, message: "unsupported key format '\(format.value)'")
        }
        guard encoded.value.hasPrefix(PublicKeyText.prefix),
              let raw = Data(base64Encoded: String(encoded.value.dropFirst(PublicKeyText.prefix.count))), raw.count == 32,
              let privateKey = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw)
        else {
            throw SignoffError.invalidKeyFile(
                path: path, location: encoded.range.start, message: "private_key is not an ed25519 key (ed25519:BASE64)")
        }
        let key = SigningKey(name: name.value, privateKey: privateKey)
        guard key.keyID == keyID.value else {
            throw SignoffError.invalidKeyFile(
                path: path, location: keyID.range.start,
                message: "key_id '\(keyID.value)' does not belong to this private key (expected '\(key.keyID)')")
        }
        return key
    }
}
