import Foundation
import Testing
@testable import LeadpactContract

/// Reproduces the digest with tools that share no code with leadpact's writer: Foundation's
/// JSON serialiser for the canonical text, and the system's `sha256sum` for the hash.
@Suite struct DigestIndependentCheckTests {
    static let sha256sum = ["/usr/bin/sha256sum", "/bin/sha256sum"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test func foundationWritesTheSameCanonicalText() throws {
        let contract = try DigestStabilityTests.compile(DigestStabilityTests.text(DigestStabilityTests.basePath))
        var object = try JSONTestReader.object(contract.compiledRulesJSON())
        #expect(object.removeValue(forKey: "digest") as? String == contract.digest)
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        #expect(String(decoding: data, as: UTF8.self) == contract.canonicalJSON())
    }

    @Test(.enabled(if: sha256sum != nil, "needs sha256sum"))
    func systemSHA256OfTheCanonicalTextIsTheDigest() throws {
        let contract = SampleContract.make()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.sha256sum))
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(contract.canonicalJSON().utf8))
        try input.fileHandleForWriting.close()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let hex = try #require(printed.split(separator: " ").first)
        #expect(contract.digest == "sha256:" + hex)
    }
}
