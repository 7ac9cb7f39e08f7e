import Foundation

/// Reads a contract file's bytes, saying in plain words why it cannot.
enum ContractFileReader {
    /// Why a file could not be read.
    struct Problem: Error {
        var reason: String
    }

    /// The file's bytes.
    static func read(_ path: String) -> Result<[UInt8], Problem> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(Problem(reason: "no such file"))
        }
        guard !isDirectory.boolValue else { return .failure(Problem(reason: "it is a directory, not a file")) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(Problem(reason: "the file cannot be opened for reading (check its permissions)"))
        }
        return .success([UInt8](data))
    }
}
