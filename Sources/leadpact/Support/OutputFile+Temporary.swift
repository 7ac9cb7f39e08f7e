import Foundation

extension OutputFile {
    /// A temporary file and its open descriptor.
    struct Temporary {
        var descriptor: Int32
        var path: String
    }

    /// How many taken names to try before giving up.
    private static let attempts = 64

    /// A new, empty file beside `path` that no other run can be using: `PATH.RANDOM.partial`,
    /// created exclusively (`O_EXCL`, so an existing file of that name is never opened) with
    /// mode 0666 less the umask, like any new file.
    static func createTemporary(beside path: String) throws -> Temporary {
        for _ in 0..<attempts {
            let candidate = "\(path).\(randomName()).partial"
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 { return Temporary(descriptor: descriptor, path: candidate) }
            guard errno == EEXIST else { break }
        }
        throw StandardStreams.cannotWrite(path, reason: String(cString: strerror(errno)))
    }

    /// Twelve random lowercase letters and digits.
    private static func randomName() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        return String((0..<12).map { _ in alphabet[Int.random(in: alphabet.indices)] })
    }
}
