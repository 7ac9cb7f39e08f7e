import Crypto
import Foundation
import LeadpactDiagnostics
import Testing

@testable import LeadpactSignoff

@Suite("Signing keys and key files")
struct SigningKeyTests {
    @Test("a key file is written owner-only and reads back as the same key")
    func roundTrip() throws {
        let directory = try TemporaryDirectory()
        let key = SigningKey.generate(name: "dana-lee")
        let path = directory.file("dana-lee.key")
        try key.write(toPath: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let loaded = try SigningKey.load(path: path)
        #expect(loaded.name == "dana-lee")
        #expect(loaded.keyID == key.keyID)
        #expect(loaded.privateKey.rawRepresentation == key.privateKey.rawRepresentation)
    }

    @Test("an existing key file is never overwritten")
    func noOverwrite() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("dana.key", "keep me\n")
        #expect(throws: SignoffError.keyFileExists(path: path)) {
            try SigningKey.generate(name: "dana").write(toPath: path)
        }
        #expect(try directory.read("dana.key") == "keep me\n")
    }

    @Test("a key file other users can read is refused")
    func insecureFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("dana.key")
        try SigningKey.generate(name: "dana").write(toPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        #expect(throws: SignoffError.insecureKeyFile(path: path, mode: "0644")) {
            try SigningKey.load(path: path)
        }
    }

    @Test("a key file whose key id does not match its key is rejected with a position")
    func mismatchedKeyID() throws {
        let key = SigningKey.generate(name: "dana")
        let text = key.fileText.replacingOccurrences(of: key.keyID, with: "0000000000000000")
        do {
            _ = try SigningKey.parse(bytes: Array(text.utf8), path: "dana.key")
            Issue.record("a forged key id was accepted")
        } catch let error as SignoffError {
            guard case .invalidKeyFile(_, let location?, let message) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(location.line == 6)
            #expect(message.contains("does not belong to this private key"))
        }
    }

    @Test("garbage is not a key", arguments: ["", "just text\n", "name: [a\n", "leadpact-key: 1\nname: x\nkey_id: y\n"])
    func garbage(text: String) {
        #expect(throws: SignoffError.self) { try SigningKey.parse(bytes: Array(text.utf8), path: "bad.key") }
    }

    @Test("the public line parses back to the same key and id")
    func publicLine() {
        let key = SigningKey.generate(name: "sam")
        let encoded = PublicKeyText.encode(key.publicKey)
        #expect(PublicKeyText.decode(encoded)?.rawRepresentation == key.publicKey.rawRepresentation)
        #expect(key.trustEntry == "  - { name: \"sam\", key: \"\(encoded)\" }")
        #expect(key.keyID.count == 16)
        #expect(PublicKeyText.decode("ed25519:AAAA") == nil)
        #expect(PublicKeyText.decode("rsa:" + encoded.dropFirst(8)) == nil)
    }

    @Test("key names become file names, so only safe ones are allowed")
    func names() {
        #expect(SigningKey.isValidName("dana-lee_2026.1"))
        #expect(!SigningKey.isValidName(""))
        #expect(!SigningKey.isValidName("../etc"))
        #expect(!SigningKey.isValidName("-rf"))
        #expect(!SigningKey.isValidName("a b"))
        #expect(!SigningKey.isValidName(String(repeating: "a", count: 65)))
    }
}
